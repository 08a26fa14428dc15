package io.stormcenter.workbench.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void a_model_keeps_its_observations_beside_it() {
        StoreLocation location = StoreLocation.besideModel(Path.of("/work/models/tree.json"));
        assertThat(location.isSqlite()).isTrue();
        assertThat(location.sqliteFile()).isEqualTo(Path.of("/work/models/tree.observations.db"));
    }

    @Test
    void a_server_url_is_described_without_its_credentials() {
        StoreLocation location = StoreLocation.parse("jdbc:postgresql://ksc:s3cret@db.example:5432/ksc?password=s3cret");
        assertThat(location.isSqlite()).isFalse();
        assertThat(location.describe()).isEqualTo("jdbc:postgresql://db.example:5432/ksc").doesNotContain("s3cret");
        assertThat(location.toString()).doesNotContain("s3cret");
    }

    @Test
    void a_plain_path_is_a_sqlite_file() {
        StoreLocation location = StoreLocation.parse("obs.db");
        assertThat(location.jdbcUrl()).startsWith("jdbc:sqlite:").endsWith("obs.db");
    }
}
