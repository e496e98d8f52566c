package org.statclaim.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.statclaim.claim.Claim;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.input.DocumentReader;
import org.statclaim.input.InputError;
import org.statclaim.input.Inputs;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.output.AtomicFile;
import org.statclaim.output.Row;
import org.statclaim.output.RowWriter;
import org.statclaim.quantity.QuantityRecognizer;
import org.statclaim.text.CodePointCursor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statclaim [OPTIONS] PATH...}: documents in, one row per numeric claim out. */
@Command(name = "statclaim", mixinStandardHelpOptions = true, subcommands = {ExplainCommand.class, EvaluateCommand.class}, versionProvider = Version.class, sortOptions = false,
        description = {"Extracts the numeric claims of Chinese documents (Simplified and Traditional) into CSV:",
                "value, unit, qualifier, what is measured, when, according to whom, and changes and comparisons.",
                "Data goes to stdout (or -o FILE); progress, the summary and errors go to stderr."},
        footer = {"", "Exit codes: 0 all inputs done, 1 some input failed (named on stderr), 2 usage error.",
                "Example: statclaim samples/ > claims.csv"})
public final class StatclaimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files (text or HTML), directories (searched recursively for --glob), or - for stdin.")
    List<String> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed when complete). Default: stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default) or jsonl.")
    String format;

    @Option(names = "--bom", description = "Start the output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Option(names = "--excel-safe", description = "Prefix text cells starting with = + - @ with ' (CSV injection).")
    boolean excelSafe;

    @Option(names = "--glob", paramLabel = "GLOB", defaultValue = "*.{txt,html,htm}",
            description = "File names to take from directories (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(names = "--lines", description = "Treat each input line as its own document (doc = path:line).")
    boolean lines;

    @Option(names = "--all-quantities", description = "List every quantity recognized, claim filter off.")
    boolean allQuantities;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Decode inputs with this charset instead of detecting it.")
    String encoding;

    @Option(names = "--dump-text", description = "Print the text of each input as the extractor sees it (decoded, HTML to text) instead of claims.")
    boolean dumpText;

    @Option(names = "--lenient", description = "Replace undecodable bytes (and warn) instead of failing the file.")
    boolean lenient;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "ISO 4217 code for a bare 元 whose sentence names no currency (default: guessed per document:"
                    + " TWD, HKD or MOP for Traditional text about Taiwan, Hong Kong or Macau, else CNY).")
    String currency;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    Integer threads;

    @Option(names = "--segmenter", paramLabel = "MODEL", hidden = true,
            description = "CoreNLP segmenter model path (default: ctb.small.gz).")
    String segmenter;

    @Option(names = "--part-size", paramLabel = "CHARS", hidden = true,
            description = "Documents longer than this are extracted in parts of about this size (default: 1000000).")
    int partSize = LargeDocuments.DEFAULT_PART;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on stderr.")
    boolean quiet;

    /** A test seam: called with the inputs once they are listed, before any is read. */
    static volatile java.util.function.Consumer<List<Inputs.Input>> afterListing;

    /**
     * What became of one input: its rows, or the error that stopped it; a document longer than
     * a part comes back unextracted ({@code large}) and is extracted in parts as its rows are written.
     */
    private record Result(String name, List<Row> rows, String error, String warning, Document large) {
        Result(String name, List<Row> rows, String error) {
            this(name, rows, error, null, null);
        }
    }

    private CompletableFuture<Extractor> extractor;
    private Extractor.Options options;
    private ExecutorService pool;
    private int nThreads;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (paths == null || paths.isEmpty()) {
            err.println("statclaim: missing PATH (a file, a directory, or - for stdin)");
            err.println("Try 'statclaim --help' for more information.");
            return ExitCode.USAGE;
        }
        if (!format.equals("csv") && !format.equals("jsonl")) {
            err.println("statclaim: --format must be csv or jsonl, not '" + format + "'");
            return ExitCode.USAGE;
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            err.println("statclaim: --currency must be an ISO 4217 code such as CNY, HKD, TWD, not '" + currency + "'");
            return ExitCode.USAGE;
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                err.println("statclaim: unknown encoding '" + encoding + "'");
                return ExitCode.USAGE;
            }
        }
        nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            err.println("statclaim: --threads must be at least 1");
            return ExitCode.USAGE;
        }
        if (partSize < 1000) {
            err.println("statclaim: --part-size must be at least 1000");
            return ExitCode.USAGE;
        }
        long t0 = System.nanoTime();
        List<Inputs.Input> inputs = Inputs.expand(paths, glob);
        if (afterListing != null) {
            afterListing.accept(inputs);
        }
        DocumentReader reader = new DocumentReader(charset, lenient);
        if (dumpText) {
            return dump(inputs, reader, err, t0);
        }
        // the models load in the background while inputs are read
        extractor = CompletableFuture.supplyAsync(
                () -> new Extractor(QuantityRecognizer.standard(), ChineseNlp.shared(segmenter)));
        options = new Extractor.Options(allQuantities, currency);

        AtomicFile file = output == null ? null : new AtomicFile(output);
        int docs = 0;
        int claims = 0;
        int failed = 0;
        pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "statclaim-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Writer w = file == null ? new NoClose(spec.commandLine().getOut())
                    : new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            if (bom) {
                w.write('\uFEFF'); // UTF-8 byte-order mark: EF BB BF
            }
            Progress progress = new Progress(err, inputs.size(), Progress.stderrIsTerminal());
            try (RowWriter rows = RowWriter.of(format, w, excelSafe)) {
                Deque<Future<List<Result>>> window = new ArrayDeque<>();
                int maxInFlight = Math.max(2, nThreads * 2);
                for (Inputs.Input in : inputs) {
                    window.add(pool.submit(() -> process(in, reader)));
                    while (window.size() >= maxInFlight) {
                        int[] counts = drain(window.poll(), rows, err, progress);
                        docs += counts[0];
                        claims += counts[1];
                        failed += counts[2];
                    }
                }
                while (!window.isEmpty()) {
                    int[] counts = drain(window.poll(), rows, err, progress);
                    docs += counts[0];
                    claims += counts[1];
                    failed += counts[2];
                }
                progress.finish();
            }
            w.flush();
            if (file != null && docs == 0 && failed > 0) {
                err.println("statclaim: " + output + ": left as it was (no input could be processed)");
            } else if (file != null) {
                file.commit();
            }
        } finally {
            pool.shutdownNow();
            if (file != null) {
                file.close();
            }
        }
        if (!quiet) {
            double secs = (System.nanoTime() - t0) / 1e9;
            err.printf(Locale.ROOT, "statclaim: %d document%s, %d claim%s, %.1f s%s%n", docs, docs == 1 ? "" : "s",
                    claims, claims == 1 ? "" : "s", secs, failed > 0 ? ", " + failed + " failed" : "");
        }
        return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    private int[] drain(Future<List<Result>> f, RowWriter rows, PrintWriter err, Progress progress) throws IOException {
        List<Result> results;
        try {
            results = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
        int[] counts = new int[3];
        for (Result r : results) {
            if (r.error != null) {
                err.println("statclaim: " + r.name + ": " + r.error);
                counts[2]++;
                continue;
            }
            if (r.warning != null) {
                err.println("statclaim: " + r.name + ": warning: " + r.warning);
            }
            if (r.large != null) {
                try {
                    counts[1] += LargeDocuments.extract(r.large, models(), options, partSize, pool, nThreads + 1, rows::write);
                } catch (RuntimeException e) {
                    if (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith("cannot load")) {
                        throw e;
                    }
                    if (System.getenv("STATCLAIM_DEBUG") != null) {
                        e.printStackTrace();
                    }
                    err.println("statclaim: " + r.name + ": processing failed: " + e);
                    counts[2]++;
                    continue;
                }
                counts[0]++;
                continue;
            }
            counts[0]++;
            counts[1] += r.rows.size();
            for (Row row : r.rows) {
                rows.write(row);
            }
        }
        if (!results.isEmpty()) {
            progress.step(results.get(0).name);
        }
        return counts;
    }

    private List<Result> process(Inputs.Input in, DocumentReader reader) {
        if (in.problem() != null) {
            return List.of(new Result(in.name(), List.of(), in.problem()));
        }
        Document doc;
        try {
            doc = reader.read(in);
        } catch (InputError e) {
            return List.of(new Result(in.name(), List.of(), e.getMessage()));
        }
        if (!lines && doc.text().length() > partSize) {
            return List.of(new Result(doc.name(), null, null, doc.warning(), doc)); // extracted in parts when its turn comes
        }
        List<Document> docs = lines ? splitLines(doc) : List.of(doc);
        List<Result> out = new ArrayList<>();
        for (Document d : docs) {
            try {
                List<Row> rows = new ArrayList<>();
                CodePointCursor cursor = new CodePointCursor(d.text());
                for (Claim c : models().extract(d, options)) {
                    rows.add(Row.of(d.name(), d.text(), c, cursor));
                }
                out.add(new Result(d.name(), rows, null, doc.warning(), null));
            } catch (RuntimeException e) {
                if (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith("cannot load")) {
                    throw e;
                }
                if (System.getenv("STATCLAIM_DEBUG") != null) {
                    e.printStackTrace();
                }
                out.add(new Result(d.name(), List.of(), "processing failed: " + e));
            }
        }
        return out;
    }

    /** The extractor, once the models are loaded; a failure to load them fails the whole run. */
    private Extractor models() {
        try {
            return extractor.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("cannot load the CoreNLP Chinese models: " + cause.getMessage(), cause);
        }
    }

    /**
     * {@code --dump-text}: the text of each input exactly as the extractor sees it, so that offsets
     * can be checked against it. Several inputs are each headed by a line {@code ==> NAME <==}.
     */
    private int dump(List<Inputs.Input> inputs, DocumentReader reader, PrintWriter err, long t0) throws IOException {
        int docs = 0;
        int failed = 0;
        AtomicFile file = output == null ? null : new AtomicFile(output);
        try {
            Writer w = file == null ? new NoClose(spec.commandLine().getOut())
                    : new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
            if (bom) {
                w.write('\uFEFF');
            }
            for (Inputs.Input in : inputs) {
                String error = in.problem();
                Document doc = null;
                if (error == null) {
                    try {
                        doc = reader.read(in);
                    } catch (InputError e) {
                        error = e.getMessage();
                    }
                }
                if (error != null) {
                    err.println("statclaim: " + in.name() + ": " + error);
                    failed++;
                    continue;
                }
                if (doc.warning() != null) {
                    err.println("statclaim: " + in.name() + ": warning: " + doc.warning());
                }
                if (inputs.size() > 1) {
                    w.write("==> " + in.name() + " <==\n");
                }
                w.write(doc.text());
                if (inputs.size() > 1 && !doc.text().endsWith("\n")) {
                    w.write('\n');
                }
                docs++;
            }
            w.flush();
            w.close();
            if (file != null && docs == 0 && failed > 0) {
                err.println("statclaim: " + output + ": left as it was (no input could be processed)");
            } else if (file != null) {
                file.commit();
            }
        } finally {
            if (file != null) {
                file.close();
            }
        }
        if (!quiet) {
            err.printf(Locale.ROOT, "statclaim: %d document%s, %.1f s%s%n", docs, docs == 1 ? "" : "s",
                    (System.nanoTime() - t0) / 1e9, failed > 0 ? ", " + failed + " failed" : "");
        }
        return failed > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    private static List<Document> splitLines(Document doc) {
        List<Document> out = new ArrayList<>();
        String[] ls = doc.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < ls.length; i++) {
            if (!ls[i].isBlank()) {
                out.add(new Document(doc.name() + ":" + (i + 1), ls[i]));
            }
        }
        return out;
    }

    /** The command line's stdout writer must stay open after the row writer is closed. */
    private static final class NoClose extends java.io.FilterWriter {
        NoClose(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
