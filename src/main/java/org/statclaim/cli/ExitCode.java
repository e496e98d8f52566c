package org.statclaim.cli;

/** The process exit codes, in one place. */
public final class ExitCode {

    /** Every input was processed. */
    public static final int OK = 0;
    /** Some input failed (each named on stderr); the others were processed. */
    public static final int SOME_FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /**
     * stdout is a pipe whose reader has gone ({@code statclaim DIR | head}): the run stops quietly with
     * the status of a program killed by SIGPIPE (128 + 13), as the shell reports for {@code cat} or {@code grep}.
     */
    public static final int BROKEN_PIPE = 141;

    private ExitCode() {
    }
}
