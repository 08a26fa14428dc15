package io.stormcenter.workbench.format;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real payloads in {@code ../shared/fixtures} (surefire's {@code shared.fixtures}); absent in a user's clone. */
final class SharedFixtures {

    private SharedFixtures() {
    }

    /** The fixture file, or the calling test is skipped when it is not there. */
    static Path require(String relative) {
        String folder = System.getProperty("shared.fixtures");
        Assumptions.assumeTrue(folder != null, "no shared.fixtures property");
        Path file = Path.of(folder).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared fixture absent: " + file);
        return file;
    }
}
