package org.statclaim.cli;

/** The process exit codes, in one place. */
public final class ExitCode {

    /** Every input was processed. */
    public static final int OK = 0;
    /** Some input failed (each named on stderr); the others were processed. */
    public static final int SOME_FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
