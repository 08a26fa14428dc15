package io.stormcenter.workbench.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The checker itself must find what the specification forbids, or a passing export proves nothing. */
class StixStructureCheckTest {

    @Test
    void the_storm_centers_own_bundle_breaks_the_specification_where_we_know_it_does() throws Exception {
        JsonNode bundle = StixBundle.JSON.readTree(ThreatIntelImportTest.resource("ksc-attack-model.json"));

        assertThat(StixStructureCheck.problems(bundle))
                .contains("bundle: spec_version is not a property of a STIX 2.1 bundle")
                .contains("attack-pattern--ssh-checkout: id is not attack-pattern--UUID")
                .contains("attack-pattern--ssh-checkout: missing required timestamp created")
                .contains("attack-pattern--ssh-checkout: spec_version must be '2.1'")
                .anyMatch(p -> p.startsWith("indicator--hostpath-pv: pattern '[kubernetes-persistent-volume:spec.hostPath"));
    }

    @Test
    void dangling_and_mistyped_references_and_bad_timestamps_are_found() throws Exception {
        JsonNode bundle = StixBundle.JSON.readTree("""
                {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [
                 {"type": "sighting", "spec_version": "2.1", "id": "sighting--0b6f3c1e-5a4d-4c2b-9e8f-1a2b3c4d5e6f",
                  "created": "2024-03-30T18:00:00Z", "modified": "2024-03-30 18:00:00",
                  "sighting_of_ref": "attack-pattern--44273e30-a696-4157-ade8-86a7071d9a27",
                  "observed_data_refs": ["ipv4-addr--6e1d2c3b-4a59-4876-8d9e-0f1a2b3c4d5e"],
                  "first_seen": "2024-03-30T18:00:00Z", "last_seen": "2024-03-29T18:00:00Z", "count": -1},
                 {"type": "ipv4-addr", "id": "ipv4-addr--6e1d2c3b-4a59-4876-8d9e-0f1a2b3c4d5e", "value": "10.0.0.300x"},
                 {"type": "observed-data", "spec_version": "2.1", "id": "observed-data--7d2a1f3b-9a8e-4c1e-8f55-2a9c0c1b6e42",
                  "created": "2024-03-30T18:00:00Z", "modified": "2024-03-30T18:00:00Z",
                  "first_observed": "2024-03-30T18:00:00Z", "last_observed": "2024-03-30T18:00:00Z",
                  "number_observed": 0}]}
                """);

        assertThat(StixStructureCheck.problems(bundle)).contains(
                "sighting--0b6f3c1e-5a4d-4c2b-9e8f-1a2b3c4d5e6f: modified '2024-03-30 18:00:00' is not an RFC 3339 UTC timestamp",
                "sighting--0b6f3c1e-5a4d-4c2b-9e8f-1a2b3c4d5e6f: sighting_of_ref names"
                        + " attack-pattern--44273e30-a696-4157-ade8-86a7071d9a27, which is not in the bundle",
                "sighting--0b6f3c1e-5a4d-4c2b-9e8f-1a2b3c4d5e6f: observed_data_refs may not name a ipv4-addr",
                "sighting--0b6f3c1e-5a4d-4c2b-9e8f-1a2b3c4d5e6f: last_seen is before first_seen",
                "sighting--0b6f3c1e-5a4d-4c2b-9e8f-1a2b3c4d5e6f: count must be an integer from 0 to 999999999",
                "ipv4-addr--6e1d2c3b-4a59-4876-8d9e-0f1a2b3c4d5e: value is not an IPv4 address or CIDR",
                "observed-data--7d2a1f3b-9a8e-4c1e-8f55-2a9c0c1b6e42: number_observed must be an integer from 1 to 999999999",
                "observed-data--7d2a1f3b-9a8e-4c1e-8f55-2a9c0c1b6e42: exactly one of objects and object_refs must be present");
    }
}
