package org.statclaim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.statclaim.input.FileList;
import org.statclaim.input.Inputs;
import org.statclaim.output.Destination;
import org.statclaim.output.RowWriter;
import org.statclaim.pipeline.DocumentPipeline;
import org.statclaim.pipeline.Outcome;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code statclaim [OPTIONS] PATH...}: documents in, one row per numeric claim out. The options
 * and their wiring only: the {@link DocumentPipeline} makes each document's rows, a {@link Batch}
 * runs it on the worker threads and writes the outcomes in order to one {@link Destination}.
 */
@Command(name = "statclaim", mixinStandardHelpOptions = true, subcommands = {ExplainCommand.class, EvaluateCommand.class, ReportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class}, versionProvider = Version.class, sortOptions = false,
        customSynopsis = {"statclaim [OPTIONS] PATH...", "       statclaim COMMAND [ARGS]"},
        description = {"Extracts the numeric claims of Chinese documents (Simplified and Traditional) into CSV.",
                "Each row: value, unit, qualifier, what is measured, when, according to whom, changes and comparisons.",
                "Data goes to stdout (or -o FILE); progress, the summary and errors go to stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs done", "1:some input failed (named on stderr), or the output could not be written",
                "2:usage error", "141:stdout is a pipe whose reader has gone (| head)"},
        footer = {"", "Example: statclaim samples/ > claims.csv"})
public final class StatclaimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files (text or HTML), directories (searched recursively for --glob), or - for stdin."
                    + " With no PATH, stdin when it is a file or a pipe.")
    List<String> paths;

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Also process the paths listed in FILE, one a line (- : stdin), after the PATHs.")
    Path filesFrom;

    @Option(names = {"-0", "--null"}, description = "The --files-from list is separated by NUL characters (find -print0), not lines.")
    boolean nul;

    @Mixin
    OutputOptions out;

    @Mixin
    InputOptions in;

    @Option(names = "--lines", description = "Treat each input line as its own document (doc = path:line).")
    boolean lines;

    @Option(names = "--dump-text", description = "Print the text of each input as the extractor sees it (decoded, HTML to text) instead of claims.")
    boolean dumpText;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    Integer threads;

    @Option(names = "--part-size", paramLabel = "CHARS", hidden = true,
            description = "Documents longer than this are extracted in parts of about this size (default: 1000000).")
    int partSize = DocumentPipeline.DEFAULT_PART;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar, loading line or summary on stderr (errors and warnings still).")
    boolean quiet;

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:STATCLAIM_SERVER}",
            description = "Send the inputs to a running 'statclaim serve' at URL (default: $STATCLAIM_SERVER): the same output, no model load here.")
    String server;

    /**
     * Whether stdin holds a document to read when no PATH is given ({@link Stdin#holdsData}); set
     * by {@link Main#main}. In a test JVM, whose stdin belongs to the build tool, it is never read:
     * the tests run a child process for that.
     */
    static volatile java.util.function.BooleanSupplier stdinHoldsData = () -> false;

    /** A test seam: called with the inputs once they are listed, before any is read. */
    static volatile java.util.function.Consumer<List<Inputs.Input>> afterListing;

    @Override
    public Integer call() throws IOException {
        List<String> args = paths == null ? List.of() : paths;
        if (nul && filesFrom == null) {
            throw new ParameterException(spec.commandLine(), "-0 is for --files-from: give the list of paths with --files-from FILE");
        }
        if (filesFrom != null && Destination.isStdout(filesFrom) && args.contains("-")) {
            throw new ParameterException(spec.commandLine(), "stdin cannot be both the --files-from list and a document (-)");
        }
        if (args.isEmpty() && filesFrom == null) {
            if (!stdinHoldsData.getAsBoolean()) { // a terminal or /dev/null: a forgotten PATH, not an empty document
                throw new ParameterException(spec.commandLine(), "missing PATH (a file, a directory, or - for stdin)");
            }
            args = List.of("-");
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (partSize < 1000) {
            throw new ParameterException(spec.commandLine(), "--part-size must be at least 1000");
        }
        out.check(spec.commandLine()); // before any model loads: a bad -o is known at once
        List<String> listed = listedPaths();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        List<Inputs.Input> inputs = Inputs.expand(args, listed, in.glob(), in.hidden());
        if (afterListing != null) {
            afterListing.accept(inputs);
        }
        Function<Inputs.Input, List<Outcome>> remote = dumpText ? null : Remote.step(server, extraction, in, lines, err);
        if (remote == Remote.UNUSABLE) {
            return ExitCode.SOME_FAILED;
        }
        // the models load in the background while inputs are read; --dump-text and --server need none
        DocumentPipeline pipeline = new DocumentPipeline(dumpText || remote != null ? () -> {
            throw new IllegalStateException("nothing to extract here");
        } : DocumentPipeline.loadInBackground(extraction.segmenter()), extraction.options(), in.reader(), lines, partSize);
        Function<Inputs.Input, List<Outcome>> step = dumpText ? input -> List.of(pipeline.read(input)) : remote != null ? remote : pipeline::process;

        Batch.Counts counts;
        Progress progress = new Progress(err, inputs.size(), !quiet && Progress.stderrIsTerminal());
        if (!dumpText && remote == null) {
            progress.loading();
        }
        int code;
        String outputError = null;
        Batch batch = new Batch(nThreads, err);
        try (Destination dest = Destination.open(out.output(), spec.commandLine().getOut(), out.bom()); batch) {
            if (dumpText) {
                counts = batch.run(inputs, step, pipeline, Batch.texts(dest.writer(), inputs.size() > 1), progress);
            } else {
                try (RowWriter rows = RowWriter.of(out.format(), dest.writer(), out.excelSafe(), out.columns(), out.header())) {
                    counts = batch.run(inputs, step, pipeline, Batch.rows(rows), progress);
                }
            }
            boolean nothing = counts.documents() == 0 && counts.failed() > 0;
            dest.finish(!nothing);
            if (dest.isFile() && nothing) {
                err.println("statclaim: " + out.output() + ": left as it was (no input could be processed)");
            }
            code = counts.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
        } catch (Destination.WriteError e) {
            progress.finish();
            counts = batch.counts();
            if (e.brokenPipe()) {
                code = ExitCode.BROKEN_PIPE; // | head: the reader has what it wanted; quietly, as a program killed by SIGPIPE
            } else {
                outputError = e.getMessage();
                err.println("statclaim: " + e.getMessage() + (Destination.isStdout(out.output()) ? "" : " (left as it was)"));
                code = ExitCode.SOME_FAILED;
            }
        } finally {
            progress.finish();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!quiet && code != ExitCode.BROKEN_PIPE && outputError == null) {
            int docs = counts.documents();
            String claims = dumpText ? "" : String.format(Locale.ROOT, ", %d claim%s", counts.claims(), counts.claims() == 1 ? "" : "s");
            err.printf(Locale.ROOT, "statclaim: %d document%s%s, %.1f s%s%n", docs, docs == 1 ? "" : "s", claims,
                    seconds, counts.failed() > 0 ? ", " + counts.failed() + " failed" : "");
        }
        if (out.summaryJson() != null) {
            RunSummary summary = new RunSummary(code, counts, !dumpText, batch.failures(), batch.warnings(),
                    out.output() == null ? "stdout" : out.output().toString(), outputError, seconds);
            try {
                summary.write(out.summaryJson(), spec.commandLine().getOut());
            } catch (Destination.WriteError e) {
                err.println("statclaim: --summary-json " + e.getMessage());
                return code == ExitCode.OK ? ExitCode.SOME_FAILED : code;
            }
        }
        return code;
    }

    /** The paths of {@code --files-from}, read before any model loads: a list that cannot be read is a usage error. */
    private List<String> listedPaths() {
        if (filesFrom == null) {
            return List.of();
        }
        try (java.io.InputStream s = Destination.isStdout(filesFrom) ? new java.io.FilterInputStream(System.in) {
            @Override
            public void close() { // stdin stays open
            }
        } : java.nio.file.Files.newInputStream(filesFrom)) {
            return FileList.read(s, nul);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--files-from " + filesFrom + ": no such file");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--files-from " + filesFrom + ": cannot read: " + e.getMessage());
        } catch (FileList.Unusable e) {
            throw new ParameterException(spec.commandLine(), "--files-from " + filesFrom + ": " + e.getMessage());
        }
    }
}
