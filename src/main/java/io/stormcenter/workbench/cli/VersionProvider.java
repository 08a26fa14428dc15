package io.stormcenter.workbench.cli;

import io.stormcenter.workbench.format.WorkbenchVersion;
import picocli.CommandLine.IVersionProvider;

/** The version of the build, as the window's About box says it. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {WorkbenchVersion.current().describe(), WorkbenchVersion.runtime()};
    }
}
