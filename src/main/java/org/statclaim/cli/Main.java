package org.statclaim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.statclaim.output.StdoutWriter;
import picocli.CommandLine;

/**
 * Entry point. All picocli wiring is here: streams, exit codes, error handlers. Tests call
 * {@link #run(PrintWriter, PrintWriter, String...)} and assert on output and exit code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLogging();
        StatclaimCommand.stdinHoldsData = Stdin::holdsData; // no PATH: read stdin when it is a file or a pipe
        // not System.out: a PrintStream swallows write errors, and a full disk or a closed pipe must stop the run
        PrintWriter out = new StdoutWriter(new java.io.OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** CoreNLP logs through slf4j: warnings and errors only, unless the user asks for more. */
    static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        quietLogging();
        CommandLine cl = new CommandLine(new StatclaimCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            // every usage error the same way: the message, picocli's "Possible solutions" for a typo, where to read more
            err.println("statclaim: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("statclaim: internal error: " + ex);
            if (System.getenv("STATCLAIM_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return ExitCode.SOME_FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
