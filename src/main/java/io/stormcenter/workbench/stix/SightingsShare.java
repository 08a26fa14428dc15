package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stormcenter.workbench.heat.Session;
import io.stormcenter.workbench.model.AttackTree;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The bundle of sightings that sharing would publish, made once, so that what the user is shown is
 * exactly what is written: the text, and counts to check it by.
 */
public record SightingsShare(String json, int sessions, int sightings, int observations) {

    /** Anonymises the sessions with a fresh key and writes them as STIX sightings. */
    public static SightingsShare of(AttackTree tree, List<Session> sessions, ShareOptions options, Instant now) {
        Anonymiser anonymiser = Anonymiser.fresh(options.hashAddresses() ? Anonymiser.AddressMode.HASH
                : Anonymiser.AddressMode.TRUNCATE, options.secrets());
        return of(tree, sessions, options, anonymiser, now);
    }

    static SightingsShare of(AttackTree tree, List<Session> sessions, ShareOptions options, Anonymiser anonymiser,
                             Instant now) {
        ObjectNode bundle = SightingsExport.bundle(tree, sessions, options, anonymiser, now);
        int sightings = 0;
        int observed = 0;
        for (var object : bundle.get("objects")) {
            String type = object.get("type").asText();
            sightings += type.equals("sighting") ? 1 : 0;
            observed += type.equals("observed-data") ? 1 : 0;
        }
        try {
            String json = StixBundle.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundle) + "\n";
            return new SightingsShare(json, (int) sessions.stream().filter(s -> !s.reached().isEmpty()).count(),
                    sightings, observed);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    public byte[] bytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
