package io.stormcenter.workbench.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The real payloads in {@code ../shared/fixtures} (surefire's system property {@code shared.fixtures}),
 * which conformance tests read directly. In a user's clone the folder is absent and those tests are
 * skipped; on CI (environment variable {@code CI} set, as {@code .ci/run} does) a missing fixture
 * is a failure, so that a build that silently tested nothing cannot pass.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** The fixture file at {@code relative} (e.g. {@code "audit/exec_pod.json"}). */
    public static Path file(String relative) {
        return locate(relative, Files::isRegularFile, System.getProperty("shared.fixtures"), onCi());
    }

    /** The fixture folder at {@code relative} (e.g. {@code "falco-rules"}). */
    public static Path folder(String relative) {
        return locate(relative, Files::isDirectory, System.getProperty("shared.fixtures"), onCi());
    }

    /** Whether this run is CI's: the variable is set to anything but empty or {@code false}. */
    static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    static Path locate(String relative, Predicate<Path> present, String root, boolean ci) {
        Path path = root == null || root.isBlank() ? null : Path.of(root).resolve(relative);
        if (path != null && present.test(path)) {
            return path;
        }
        String missing = "shared fixture " + relative + " is missing (shared.fixtures=" + root + ")";
        if (ci) {
            throw new AssertionFailedError(missing + "; CI needs ../shared/fixtures, or -Dshared.fixtures=DIR");
        }
        throw new TestAbortedException(missing + "; skipped outside CI");
    }
}
