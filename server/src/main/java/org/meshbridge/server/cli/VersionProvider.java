package org.meshbridge.server.cli;

import org.meshbridge.server.app.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code meshbridge --version}: one line, the Maven project version. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"meshbridge " + BuildInfo.version()};
    }
}
