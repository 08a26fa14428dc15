package io.stormcenter.workbench.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.stormcenter.workbench.format.FileSignature;
import io.stormcenter.workbench.format.ModelFormat;
import io.stormcenter.workbench.format.ModelFormatException;
import io.stormcenter.workbench.format.ModelFormats;
import io.stormcenter.workbench.format.ReadResult;
import io.stormcenter.workbench.model.AttackTree;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * STIX 2.1 as a model format: recognised by content (a bundle, or an array of bundles), written to
 * {@code .stix.json}. Never lossless in the registry's sense: a bundle opens as an import, so Save
 * asks for a native file instead of overwriting the bundle.
 */
public final class StixFormat implements ModelFormat {

    public static final String EXTENSION = ".stix.json";

    private final Clock clock;

    public StixFormat(Clock clock) {
        this.clock = clock;
    }

    /** The workbench's formats: native, ADTool, DOT and STIX. */
    public static ModelFormats registry(Clock clock) {
        return ModelFormats.builtIn().with(new StixFormat(clock));
    }

    @Override
    public String label() {
        return "STIX 2.1";
    }

    @Override
    public String extension() {
        return EXTENSION;
    }

    @Override
    public boolean recognises(FileSignature signature) {
        return signature.stixBundle();
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public boolean lossless() {
        return false;
    }

    @Override
    public ReadResult read(byte[] content, String source) throws ModelFormatException {
        StixImport imported = importModel(content, source);
        return new ReadResult(imported.tree(), imported.oddities());
    }

    /** Reads an attack model from a bundle (or an array of bundles); what was odd comes with it. */
    public static StixImport importModel(byte[] content, String source) throws ModelFormatException {
        StixBundle bundle = StixBundle.parse(content, source);
        return WorkbenchBundleImport.modelOf(bundle).map(set -> WorkbenchBundleImport.read(bundle, set))
                .orElseGet(() -> ThreatIntelImport.read(bundle));
    }

    @Override
    public byte[] write(AttackTree tree) {
        try {
            return (StixBundle.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(AttackModelExport.bundle(tree, clock.instant())) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }
}
