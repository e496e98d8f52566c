package org.statclaim.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Maven sets it), with the CoreNLP version beside it. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"statclaim " + (v == null ? "(development build)" : v),
                "Stanford CoreNLP 4.5.10 with its Chinese models; GPL-3.0-or-later"};
    }
}
