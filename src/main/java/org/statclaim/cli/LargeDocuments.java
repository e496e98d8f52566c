package org.statclaim.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.statclaim.claim.Claim;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.output.Column;
import org.statclaim.output.Row;
import org.statclaim.text.Chunks;
import org.statclaim.text.Chunks.Chunk;
import org.statclaim.text.CodePointCursor;
import org.statclaim.text.Sentences;

/**
 * A document longer than a part (a million characters by default) is extracted part by part
 * ({@link Chunks}: cut at line breaks), a few parts at a time on the worker threads, and its rows
 * are written in order as each part is done: memory holds the text and a few parts' rows, never
 * all the rows of the document. The rows are those of the whole document: offsets, sentence
 * numbers and ids continue across parts, {@code change_from} and {@code compared_with} may point
 * into the part before, and relative times resolve against the date at the top of the document.
 */
final class LargeDocuments {

    /** Documents longer than this many characters (UTF-16 units) are extracted in parts. */
    static final int DEFAULT_PART = 1_000_000;

    /** Where rows go, in order. */
    interface RowSink {
        void write(Row row) throws IOException;
    }

    /** A claim of a part, numbered within the part. */
    private record Found(Row row, int docStart, int localId, Integer changeFrom, Integer comparedWith, int sentence) {
    }

    /** What a part gave: its claims (context included) and how many sentences lie before and in it. */
    private record Part(List<Found> found, int sentencesBefore, int sentencesIn) {
    }

    private LargeDocuments() {
    }

    /**
     * Extracts {@code doc} in parts of about {@code partSize} characters on {@code pool}, at most
     * {@code inFlight} parts at a time, and writes its rows to {@code sink}. Returns the number of rows.
     */
    static int extract(Document doc, Extractor extractor, Extractor.Options options, int partSize, ExecutorService pool,
                       int inFlight, RowSink sink) throws IOException {
        String text = doc.text();
        List<Chunk> chunks = Chunks.of(text, partSize);
        LocalDate date = Extractor.documentDate(text.substring(0, chunks.get(0).contextEnd()));
        CodePointCursor cursor = new CodePointCursor(text);
        Deque<Future<Part>> window = new ArrayDeque<>();
        Numbering numbering = new Numbering();
        int next = 0; // the next part to submit
        int written = 0; // the parts written
        try {
            while (written < chunks.size()) {
                while (next < chunks.size() && window.size() < Math.max(1, inFlight)) {
                    Chunk c = chunks.get(next++);
                    int cpBase = cursor.codePoints(c.contextStart());
                    window.add(pool.submit(() -> part(doc, c, cpBase, date, extractor, options)));
                }
                Part p = await(window.poll());
                Chunk c = chunks.get(written++);
                numbering.write(c, p, written < chunks.size() ? chunks.get(written).contextStart() : text.length(), sink);
            }
        } finally {
            for (Future<Part> f : window) {
                f.cancel(true);
            }
        }
        return numbering.rows;
    }

    /** Extracts one part, in a worker thread: rows with the document's offsets, ids still the part's own. */
    private static Part part(Document doc, Chunk c, int cpBase, LocalDate date, Extractor extractor, Extractor.Options options) {
        String context = doc.text().substring(c.contextStart(), c.contextEnd());
        List<Claim> claims = extractor.extractPart(new Document(doc.name(), context, doc.warning()), options, date);
        CodePointCursor cursor = new CodePointCursor(context);
        List<Found> found = new ArrayList<>();
        for (Claim claim : claims) {
            Row row = Row.of(doc.name(), context, claim, cursor);
            row.with(Column.START, String.valueOf(cpBase + Integer.parseInt(row.get(Column.START))))
                    .with(Column.END, String.valueOf(cpBase + Integer.parseInt(row.get(Column.END))));
            found.add(new Found(row, c.contextStart() + claim.quantity().start(), claim.id(), claim.changeFromId(),
                    claim.comparedWithId(), claim.sentence().index()));
        }
        int before = 0;
        int in = 0;
        int start = c.start() - c.contextStart();
        int end = c.end() - c.contextStart();
        for (Sentences.Sentence s : Sentences.split(context, Sentences.lines(context))) {
            if (s.start() < start) {
                before++;
            } else if (s.start() < end) {
                in++;
            }
        }
        return new Part(found, before, in);
    }

    private static Part await(Future<Part> f) throws IOException {
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

    /** Ids and sentence numbers for the whole document, part after part. */
    private static final class Numbering {

        int rows;
        private int sentences;
        /** The ids of the claims near the end of the parts written, by start offset: the next part's context has them. */
        private final TreeMap<Integer, Integer> recent = new TreeMap<>();

        void write(Chunk c, Part p, int nextContextStart, RowSink sink) throws IOException {
            Map<Integer, Integer> ids = new HashMap<>(); // the part's ids -> the document's
            for (Found f : p.found) {
                if (f.docStart < c.start()) {
                    Integer id = recent.get(f.docStart); // a claim of the part before, seen again as context
                    if (id != null) {
                        ids.put(f.localId, id);
                    }
                    continue;
                }
                if (f.docStart >= c.end()) {
                    continue; // the next part's
                }
                int id = ++rows;
                ids.put(f.localId, id);
                recent.put(f.docStart, id);
                f.row.with(Column.ID, String.valueOf(id))
                        .with(Column.SENTENCE, String.valueOf(sentences + f.sentence - p.sentencesBefore))
                        .with(Column.CHANGE_FROM, ref(ids, f.changeFrom))
                        .with(Column.COMPARED_WITH, ref(ids, f.comparedWith));
                sink.write(f.row);
            }
            sentences += p.sentencesIn;
            recent.headMap(nextContextStart).clear();
        }

        private static String ref(Map<Integer, Integer> ids, Integer localId) {
            Integer id = localId == null ? null : ids.get(localId);
            return id == null ? "" : String.valueOf(id);
        }
    }
}
