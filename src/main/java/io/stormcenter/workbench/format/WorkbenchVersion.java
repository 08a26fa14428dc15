package io.stormcenter.workbench.format;

/**
 * The version of this build, read once from the jar's manifest ({@code Implementation-Version});
 * the CLI's {@code --version} and the window's About box say the same.
 *
 * @param version the release, or empty in a development build (classes not from the jar)
 */
public record WorkbenchVersion(String version) {

    public static final String PRODUCT = "KSC Workbench";

    /** The version of the running build. */
    public static WorkbenchVersion current() {
        String version = WorkbenchVersion.class.getPackage().getImplementationVersion();
        return new WorkbenchVersion(version == null ? "" : version);
    }

    public boolean isDevelopmentBuild() {
        return version.isEmpty();
    }

    /** "KSC Workbench 0.4.0", or "KSC Workbench (development build)". */
    public String describe() {
        return PRODUCT + " " + (isDevelopmentBuild() ? "(development build)" : version);
    }

    /** The Java runtime and system it runs on, for bug reports. */
    public static String runtime() {
        return "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name");
    }
}
