package org.statclaim.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.statclaim.claim.Claim;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.input.DocumentReader;
import org.statclaim.input.InputError;
import org.statclaim.input.Inputs;
import org.statclaim.nlp.ChineseNlp;
import org.statclaim.output.Row;
import org.statclaim.quantity.QuantityRecognizer;
import org.statclaim.text.CodePointCursor;

/**
 * One document's way from input to rows, the same for the CLI, {@code evaluate}, {@code explain},
 * the Spark job and the tests: read and decode ({@link DocumentReader}), with {@code --lines}
 * one document per non-blank line ({@code path:line}), a document longer than a part routed to
 * {@link LargeDocuments}, extraction ({@link Extractor}), one {@link Row} per claim. A document
 * that cannot be read or processed is an {@link Outcome.Failed} naming it; only a failure to load
 * the models is thrown, since no document can be processed then.
 */
public final class DocumentPipeline {

    /** Documents longer than this many characters (UTF-16 units) are extracted in parts. */
    public static final int DEFAULT_PART = 1_000_000;

    /** Where rows go, in order. */
    public interface RowSink {
        void write(Row row) throws IOException;
    }

    private final Supplier<Extractor> extractor;
    private final Extractor.Options options;
    private final DocumentReader reader;
    private final boolean lines;
    private final int partSize;

    /**
     * @param extractor the models, asked for on the first document (see {@link #loadInBackground})
     * @param lines     each non-blank line of an input is its own document
     * @param partSize  documents longer than this are extracted in parts (not with {@code lines})
     */
    public DocumentPipeline(Supplier<Extractor> extractor, Extractor.Options options, DocumentReader reader, boolean lines,
                            int partSize) {
        this.extractor = extractor;
        this.options = options;
        this.reader = reader;
        this.lines = lines;
        this.partSize = partSize;
    }

    /** The pipeline of whole documents with the default part size over {@code extractor}, already loaded. */
    public static DocumentPipeline of(Extractor extractor, Extractor.Options options) {
        return new DocumentPipeline(() -> extractor, options, new DocumentReader(null), false, DEFAULT_PART);
    }

    /**
     * The standard models (CoreNLP segmenter {@code segmenter}, null for the default), loading on
     * another thread from now on while inputs are listed and read; the supplier waits for them.
     * A failure to load them is an {@link IllegalStateException} ("cannot load the CoreNLP
     * Chinese models: ...").
     */
    public static Supplier<Extractor> loadInBackground(String segmenter) {
        // CoreNLP's logging starts here, on one thread: started by two loading threads at once,
        // slf4j prints a warning that it replayed a call made during its initialization
        org.slf4j.LoggerFactory.getILoggerFactory();
        // the models and the rules load at the same time, each on a thread of its own (the common
        // pool has one worker on a two-core machine): neither needs the other
        CompletableFuture<ChineseNlp> models = CompletableFuture.supplyAsync(() -> ChineseNlp.shared(segmenter), DocumentPipeline::ownThread);
        CompletableFuture<Extractor> loading = CompletableFuture.supplyAsync(QuantityRecognizer::standard, DocumentPipeline::ownThread)
                .thenCombine(models, Extractor::new);
        return () -> {
            try {
                return loading.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new IllegalStateException("cannot load the CoreNLP Chinese models: " + cause.getMessage(), cause);
            }
        };
    }

    private static void ownThread(Runnable task) {
        Thread t = new Thread(task, "statclaim-load");
        t.setDaemon(true);
        t.start();
    }

    /** One input decoded: {@link Outcome.Text}, or {@link Outcome.Failed} when it cannot be listed or read. */
    public Outcome read(Inputs.Input in) {
        if (in.problem() != null) {
            return new Outcome.Failed(in.name(), in.problem());
        }
        try {
            return new Outcome.Text(reader.read(in));
        } catch (InputError e) {
            return new Outcome.Failed(in.name(), e.getMessage());
        }
    }

    /**
     * One input: the outcome of its document (of each of its lines with {@code --lines}); a
     * document longer than a part comes back as {@link Outcome.Large}, to be extracted by
     * {@link #extractInParts} as its rows are written.
     */
    public List<Outcome> process(Inputs.Input in) {
        Outcome read = read(in);
        if (!(read instanceof Outcome.Text text)) {
            return List.of(read);
        }
        Document doc = text.document();
        if (!lines && doc.text().length() > partSize) {
            return List.of(new Outcome.Large(doc));
        }
        if (!lines) {
            return List.of(extract(doc));
        }
        return extractLines(doc);
    }

    /**
     * A document already decoded (the server's requests): the outcome of each of its lines with
     * {@code lines}, else of the whole, a long one extracted in parts in this thread. Each is
     * {@link Outcome.Rows} or {@link Outcome.Failed}, as {@link #process} and the batch make them.
     */
    public List<Outcome> extractDocument(Document doc) {
        return lines ? extractLines(doc) : List.of(extractWhole(doc));
    }

    private List<Outcome> extractLines(Document doc) {
        List<Outcome> out = new ArrayList<>();
        String warning = doc.warning();
        for (Document line : splitLines(doc)) {
            Outcome o = extract(line);
            // the lines' documents carry no warning of their own: the first line with rows carries the input's, once
            if (o instanceof Outcome.Rows r && warning != null) {
                o = new Outcome.Rows(r.name(), r.rows(), warning);
                warning = null;
            }
            out.add(o);
        }
        return out;
    }

    /** The rows of one document ({@link Outcome.Rows}), or why it failed ({@link Outcome.Failed}). */
    public Outcome extract(Document doc) {
        if (doc.text().isBlank()) {
            return new Outcome.Rows(doc.name(), List.of(), doc.warning()); // an empty page: a document with no claims
        }
        Extractor ex = extractor.get(); // outside the try: without models no document can be processed
        try {
            return new Outcome.Rows(doc.name(), rows(ex.extract(doc, options), doc), doc.warning());
        } catch (RuntimeException | StackOverflowError e) {
            // a regex's stack overflow on a pathological text fails its document, not the run
            return failed(doc.name(), e);
        }
    }

    /**
     * The rows of one document, a long one extracted in parts in this thread: {@link Outcome.Rows}
     * or {@link Outcome.Failed}. For callers that hold a document's rows anyway (the Spark job).
     */
    public Outcome extractWhole(Document doc) {
        if (doc.text().length() <= partSize) {
            return extract(doc);
        }
        List<Row> rows = new ArrayList<>();
        try {
            Outcome o = extractInParts(doc, null, 1, rows::add);
            return o instanceof Outcome.Failed ? o : new Outcome.Rows(doc.name(), rows, doc.warning());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a list does not fail
        }
    }

    /**
     * A document longer than a part, extracted in parts on {@code pool} (null: in this thread),
     * at most {@code inFlight} at a time, its rows written to {@code sink} in order as each part
     * is done: {@link Outcome.Written}, or {@link Outcome.Failed} (the rows of the parts before
     * the failure are written). An {@link IOException} is the sink's.
     */
    public Outcome extractInParts(Document doc, ExecutorService pool, int inFlight, RowSink sink) throws IOException {
        Extractor ex = extractor.get();
        try {
            int n = LargeDocuments.extract(doc, ex, options, partSize, pool, inFlight, sink);
            return new Outcome.Written(doc.name(), n, doc.warning());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(doc.name(), e);
        }
    }

    /** The rows of {@code doc}, extracted whole; failures are thrown (tests). */
    public List<Row> rows(Document doc) {
        return rows(extractor.get().extract(doc, options), doc);
    }

    /** As {@link #rows(Document)}, telling {@code trace} each step of the extraction ({@code explain}). */
    public List<Row> rows(Document doc, Consumer<String> trace) {
        return rows(extractor.get().extract(doc, options, trace), doc);
    }

    private static List<Row> rows(List<Claim> claims, Document doc) {
        List<Row> rows = new ArrayList<>(claims.size());
        CodePointCursor cursor = new CodePointCursor(doc.text());
        for (Claim c : claims) {
            rows.add(Row.of(doc.name(), doc.text(), c, cursor));
        }
        return rows;
    }

    private static Outcome failed(String name, Throwable e) {
        if (System.getenv("STATCLAIM_DEBUG") != null) {
            e.printStackTrace();
        }
        return new Outcome.Failed(name, "processing failed: " + e);
    }

    /**
     * The value of a task run on a worker: its {@link RuntimeException} or {@link Error} is thrown
     * as it is, any other failure as an {@link IOException}.
     */
    public static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    /** {@code --lines}: each non-blank line, named {@code path:line} (1-based). */
    static List<Document> splitLines(Document doc) {
        List<Document> out = new ArrayList<>();
        String[] ls = doc.text().split("\r\n|\r|\n", -1);
        for (int i = 0; i < ls.length; i++) {
            if (!ls[i].isBlank()) {
                out.add(new Document(doc.name() + ":" + (i + 1), ls[i]));
            }
        }
        return out;
    }
}
