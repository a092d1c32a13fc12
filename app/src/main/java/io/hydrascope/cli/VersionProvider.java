package io.hydrascope.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = HydrascopeCommand.class.getPackage().getImplementationVersion();
        return new String[] {"hydrascope " + (version == null ? "development" : version)};
    }
}
