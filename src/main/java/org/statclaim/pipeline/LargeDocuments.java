package org.statclaim.pipeline;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.statclaim.claim.Claim;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
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
 * Ids, sentence numbers and offsets are renumbered from the claims' own numbers ({@link Row.Place})
 * when a part's rows are made, in order.
 */
final class LargeDocuments {

    /** A claim of a part, numbered within the part, and where it starts in the document (UTF-16). */
    private record Found(Claim claim, int docStart) {
    }

    /**
     * What a part gave: its text (context included), the code points before it, its claims and
     * how many sentences lie before and in it.
     */
    private record Part(String context, int codePointsBefore, List<Found> found, int sentencesBefore, int sentencesIn) {
    }

    private LargeDocuments() {
    }

    /**
     * Extracts {@code doc} in parts of about {@code partSize} characters on {@code pool} (null:
     * in this thread, one after the other), at most {@code inFlight} parts at a time, and writes
     * its rows to {@code sink}. Returns the number of rows.
     */
    static int extract(Document doc, Extractor extractor, Extractor.Options options, int partSize, ExecutorService pool,
                       int inFlight, DocumentPipeline.RowSink sink) throws IOException {
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
                    java.util.concurrent.Callable<Part> task = () -> part(doc, c, cpBase, date, extractor, options);
                    if (pool != null) {
                        window.add(pool.submit(task));
                    } else {
                        FutureTask<Part> now = new FutureTask<>(task);
                        now.run();
                        window.add(now);
                    }
                }
                Part p = DocumentPipeline.await(window.poll());
                Chunk c = chunks.get(written++);
                numbering.write(doc.name(), c, p, written < chunks.size() ? chunks.get(written).contextStart() : text.length(), sink);
            }
        } finally {
            for (Future<Part> f : window) {
                f.cancel(true);
            }
        }
        return numbering.rows;
    }

    /** Extracts one part, in a worker thread: its claims, numbered within the part. */
    private static Part part(Document doc, Chunk c, int cpBase, LocalDate date, Extractor extractor, Extractor.Options options) {
        String context = doc.text().substring(c.contextStart(), c.contextEnd());
        List<Claim> claims = extractor.extractPart(new Document(doc.name(), context, doc.warning()), options, date);
        List<Found> found = new ArrayList<>();
        for (Claim claim : claims) {
            found.add(new Found(claim, c.contextStart() + claim.quantity().start()));
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
        return new Part(context, cpBase, found, before, in);
    }

    /** Ids and sentence numbers for the whole document, part after part. */
    private static final class Numbering {

        int rows;
        private int sentences;
        /** The ids of the claims near the end of the parts written, by start offset: the next part's context has them. */
        private final TreeMap<Integer, Integer> recent = new TreeMap<>();

        void write(String name, Chunk c, Part p, int nextContextStart, DocumentPipeline.RowSink sink) throws IOException {
            Map<Integer, Integer> ids = new HashMap<>(); // the part's ids -> the document's
            CodePointCursor cursor = new CodePointCursor(p.context);
            for (Found f : p.found) {
                Claim claim = f.claim;
                if (f.docStart < c.start()) {
                    Integer id = recent.get(f.docStart); // a claim of the part before, seen again as context
                    if (id != null) {
                        ids.put(claim.id(), id);
                    }
                    continue;
                }
                if (f.docStart >= c.end()) {
                    continue; // the next part's
                }
                int id = ++rows;
                ids.put(claim.id(), id);
                recent.put(f.docStart, id);
                Row.Place place = new Row.Place(id, sentences + claim.sentence().index() - p.sentencesBefore,
                        ref(ids, claim.changeFromId()), ref(ids, claim.comparedWithId()), p.codePointsBefore);
                sink.write(Row.of(name, p.context, claim, cursor, place));
            }
            sentences += p.sentencesIn;
            recent.headMap(nextContextStart).clear();
        }

        private static Integer ref(Map<Integer, Integer> ids, Integer localId) {
            return localId == null ? null : ids.get(localId);
        }
    }
}
