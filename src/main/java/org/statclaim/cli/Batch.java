package org.statclaim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.statclaim.input.Document;
import org.statclaim.input.Inputs;
import org.statclaim.output.Row;
import org.statclaim.output.RowWriter;
import org.statclaim.pipeline.DocumentPipeline;
import org.statclaim.pipeline.Outcome;

/**
 * A batch of inputs on a pool of worker threads: each input goes through a step of the
 * {@link DocumentPipeline} (its rows, or its text for {@code --dump-text}) at most a few inputs
 * ahead of the writer, and the outcomes are written in input order to one {@link Sink}: rows,
 * texts, a stderr line for each failed input (naming it) or warning. A large document is extracted
 * in parts on the same pool when its turn comes.
 */
final class Batch implements AutoCloseable {

    /** What a batch did: the documents done, their rows, the inputs (or lines) that failed. */
    record Counts(int documents, int claims, int failed) {
    }

    /** An input (or line) that could not be processed, or one processed with a warning: its name and why. */
    record Note(String name, String text) {
    }

    /** Where the outcomes go, in order. */
    interface Sink {
        void write(Row row) throws IOException;

        /** The decoded text of one input ({@code --dump-text}). */
        default void write(Document doc) throws IOException {
            throw new UnsupportedOperationException("rows only");
        }

        /** Hands what was written to the destination: after each input, so a reader sees it and a write error shows. */
        default void flush() throws IOException {
        }
    }

    /** Rows in a format. */
    static Sink rows(RowWriter w) {
        return new Sink() {
            @Override
            public void write(Row row) throws IOException {
                w.write(row);
            }

            @Override
            public void flush() throws IOException {
                w.flush();
            }
        };
    }

    /** {@code --dump-text}: each text, headed by a line {@code ==> NAME <==} when {@code headed} (several inputs). */
    static Sink texts(Writer w, boolean headed) {
        return new Sink() {
            @Override
            public void write(Row row) {
                throw new UnsupportedOperationException("texts only");
            }

            @Override
            public void write(Document doc) throws IOException {
                if (headed) {
                    w.write("==> " + doc.name() + " <==\n");
                }
                w.write(doc.text());
                if (headed && !doc.text().endsWith("\n")) {
                    w.write('\n');
                }
            }

            @Override
            public void flush() throws IOException {
                w.flush();
            }
        };
    }

    private final ExecutorService pool;
    private final int threads;
    private final PrintWriter err;
    private int documents;
    private int claims;
    private int failed;
    private final List<Note> failures = new java.util.ArrayList<>();
    private final List<Note> warnings = new java.util.ArrayList<>();

    /** A pool of {@code threads} daemon workers; stderr lines go to {@code err}. */
    Batch(int threads, PrintWriter err) {
        this.threads = threads;
        this.err = err;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "statclaim-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code step} over {@code inputs} on the workers and writes the outcomes to {@code sink}
     * in input order; {@code pipeline} extracts the large documents. Returns the counts.
     */
    Counts run(List<Inputs.Input> inputs, Function<Inputs.Input, List<Outcome>> step, DocumentPipeline pipeline, Sink sink,
               Progress progress) throws IOException {
        Deque<Future<List<Outcome>>> window = new ArrayDeque<>();
        int maxInFlight = Math.max(2, threads * 2);
        for (Inputs.Input in : inputs) {
            window.add(pool.submit(() -> step.apply(in)));
            while (window.size() >= maxInFlight) {
                write(await(window.poll()), pipeline, sink, progress);
            }
        }
        while (!window.isEmpty()) {
            write(await(window.poll()), pipeline, sink, progress);
        }
        progress.finish();
        return counts();
    }

    /** The counts so far (all of them once {@link #run} returned; up to a write error if it threw). */
    Counts counts() {
        return new Counts(documents, claims, failed);
    }

    /** The inputs that failed so far, in input order. */
    List<Note> failures() {
        return List.copyOf(failures);
    }

    /** The warnings so far ({@code --lenient}'s replaced bytes...), in input order. */
    List<Note> warnings() {
        return List.copyOf(warnings);
    }

    private void warn(Outcome o) {
        err.println("statclaim: " + o.name() + ": warning: " + o.warning());
        warnings.add(new Note(o.name(), o.warning()));
    }

    private void write(List<Outcome> outcomes, DocumentPipeline pipeline, Sink sink, Progress progress) throws IOException {
        progress.clear(); // data and messages never share the progress line
        for (Outcome o : outcomes) {
            if (o instanceof Outcome.Large large) {
                if (o.warning() != null) {
                    warn(o);
                }
                o = pipeline.extractInParts(large.document(), pool, threads + 1, sink::write);
                if (o instanceof Outcome.Written w) {
                    documents++;
                    claims += w.count();
                    continue;
                }
            }
            if (o instanceof Outcome.Failed f) {
                err.println("statclaim: " + f.name() + ": " + f.error());
                failures.add(new Note(f.name(), f.error()));
                failed++;
                continue;
            }
            if (o.warning() != null) {
                warn(o);
            }
            documents++;
            if (o instanceof Outcome.Rows r) {
                claims += r.rows().size();
                for (Row row : r.rows()) {
                    sink.write(row);
                }
            } else if (o instanceof Outcome.Text t) {
                sink.write(t.document());
            } else {
                throw new IllegalStateException("unexpected outcome " + o);
            }
        }
        sink.flush();
        if (!outcomes.isEmpty()) {
            progress.step(outcomes.get(0).name());
        }
    }

    /** An error of a worker (a document's own failures are outcomes) fails the run as an I/O error, as before. */
    private static <T> T await(Future<T> f) throws IOException {
        try {
            return DocumentPipeline.await(f);
        } catch (Error e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
