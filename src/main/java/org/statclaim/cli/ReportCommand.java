package org.statclaim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.statclaim.input.Document;
import org.statclaim.input.Inputs;
import org.statclaim.output.Destination;
import org.statclaim.output.HtmlReport;
import org.statclaim.output.Row;
import org.statclaim.pipeline.DocumentPipeline;
import org.statclaim.pipeline.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code statclaim report -o report.html PATH...}: the same extraction as {@code statclaim}, written
 * as one self-contained HTML page ({@link HtmlReport}) in which each document's text shows its
 * claims where they stand. A subcommand rather than {@code --format html}: the page needs each
 * document's whole text beside its rows, and the row options ({@code --bom}, {@code --excel-safe},
 * {@code --lines}) mean nothing for it.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {"Writes one HTML page to review the claims where they stand in their documents.",
                "The page lists the documents, shows each text with its claims highlighted (click",
                "one for its row) and a table of all claims to filter and sort. It is self-contained:",
                "open it in any browser, no network needed."},
        footer = {"", "Exit codes: 0 all inputs done, 1 some input failed (named on stderr and in the page), 2 usage error.",
                "Example: statclaim report -o report.html samples/"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files (text or HTML), directories (searched recursively for --glob), or - for stdin.")
    List<String> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the page to FILE (atomically: a temporary file renamed when complete). Default, or -: stdout.")
    Path output;

    @Mixin
    InputOptions in;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar, loading line or summary on stderr (errors and warnings still).")
    boolean quiet;

    /** One input's outcome with the text it was extracted from (null when it could not be read). */
    private record Done(Document doc, Outcome outcome) {
    }

    @Override
    public Integer call() throws IOException {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        String problem = Destination.problem(output); // before any model loads: a bad -o is known at once
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), "-o " + output + ": " + problem);
        }
        Path file = Destination.isStdout(output) ? null : output;
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        List<Inputs.Input> inputs = Inputs.expand(paths, in.glob(), in.hidden());
        DocumentPipeline pipeline = new DocumentPipeline(DocumentPipeline.loadInBackground(extraction.segmenter()),
                extraction.options(), in.reader(), false, DocumentPipeline.DEFAULT_PART);
        int documents = 0;
        int claims = 0;
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "statclaim-worker");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(err, inputs.size(), !quiet && Progress.stderrIsTerminal());
        progress.loading();
        try (Destination dest = Destination.open(file, spec.commandLine().getOut(), false)) {
            HtmlReport report = new HtmlReport(dest.writer());
            Deque<Future<Done>> window = new ArrayDeque<>();
            int next = 0;
            // a few inputs ahead of the writer, written in input order
            while (next < inputs.size() || !window.isEmpty()) {
                while (next < inputs.size() && window.size() < Math.max(2, nThreads * 2)) {
                    Inputs.Input input = inputs.get(next++);
                    window.add(pool.submit(() -> process(pipeline, input)));
                }
                Done done = DocumentPipeline.await(window.poll());
                progress.clear(); // messages never share the progress line
                Outcome o = done.outcome();
                if (o instanceof Outcome.Large large) {
                    // in parts on the workers, from this thread (as the CSV's batch does), its rows kept for the page
                    List<Row> parts = new ArrayList<>();
                    o = pipeline.extractInParts(large.document(), pool, nThreads + 1, parts::add);
                    if (o instanceof Outcome.Written) {
                        o = new Outcome.Rows(o.name(), parts, o.warning());
                    }
                }
                if (o instanceof Outcome.Failed f) {
                    err.println("statclaim: " + f.name() + ": " + f.error());
                    report.failed(f.name(), f.error());
                    failed++;
                } else if (o instanceof Outcome.Rows r) {
                    if (r.warning() != null) {
                        err.println("statclaim: " + r.name() + ": warning: " + r.warning());
                    }
                    report.document(r.name(), done.doc().text(), r.warning(), r.rows());
                    documents++;
                    claims += r.rows().size();
                } else {
                    throw new IllegalStateException("unexpected outcome " + o);
                }
                progress.step(o.name());
            }
            report.finish();
            boolean nothing = documents == 0 && failed > 0;
            dest.finish(!nothing);
            if (dest.isFile() && nothing) {
                err.println("statclaim: " + file + ": left as it was (no input could be processed)");
            }
        } catch (Destination.WriteError e) {
            progress.finish();
            if (e.brokenPipe()) {
                return ExitCode.BROKEN_PIPE; // | head: as the CSV command, quietly
            }
            err.println("statclaim: " + e.getMessage() + (file == null ? "" : " (left as it was)"));
            return ExitCode.SOME_FAILED;
        } finally {
            progress.finish();
            pool.shutdownNow();
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "statclaim: %d document%s, %d claim%s, %.1f s%s%s%n", documents, documents == 1 ? "" : "s",
                    claims, claims == 1 ? "" : "s", (System.nanoTime() - t0) / 1e9, failed > 0 ? ", " + failed + " failed" : "",
                    file == null ? "" : ", report in " + file);
        }
        return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    /** Reads and extracts one input in a worker; a document longer than a part is left {@link Outcome.Large}. */
    private static Done process(DocumentPipeline pipeline, Inputs.Input input) {
        Outcome read = pipeline.read(input);
        if (!(read instanceof Outcome.Text text)) {
            return new Done(null, read);
        }
        Document doc = text.document();
        return new Done(doc, doc.text().length() > DocumentPipeline.DEFAULT_PART ? new Outcome.Large(doc) : pipeline.extract(doc));
    }
}
