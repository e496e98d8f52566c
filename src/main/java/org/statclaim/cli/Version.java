package org.statclaim.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Maven sets it), with the CoreNLP version beside it. */
final class Version implements IVersionProvider {

    /** The CoreNLP release the models come from (the pom's corenlp.version). */
    static final String CORENLP = "4.5.10";

    /** statclaim's version, or "(development build)" when not run from the jar. */
    static String statclaim() {
        return org.statclaim.server.ServerSettings.runningVersion();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"statclaim " + statclaim(), "Stanford CoreNLP " + CORENLP + " with its Chinese models; GPL-3.0-or-later"};
    }
}
