package io.stormcenter.workbench.sensor;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real payloads of public projects in {@code ../shared/fixtures} (system property
 * {@code shared.fixtures}). A user's clone has no such folder, so a test that needs one is
 * skipped there; on CI (env {@code CI} set) a missing fixture fails the test instead.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** A file or folder under the shared fixtures. */
    public static Path path(String relative) {
        String root = System.getProperty("shared.fixtures");
        Path path = root == null ? null : Path.of(root, relative);
        if (path == null || !Files.exists(path)) {
            if (System.getenv("CI") != null) {
                fail("shared fixture " + relative + " is missing (shared.fixtures=" + root + ")");
            }
            assumeTrue(false, "shared fixture " + relative + " absent");
        }
        return path;
    }
}
