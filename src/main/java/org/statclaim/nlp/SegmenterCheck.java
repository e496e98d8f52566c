package org.statclaim.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.statclaim.text.SimplifiedView;

/**
 * The proof that {@link FastSegmenter} gives CoreNLP's words: segments every line of the given
 * files or folders (as written, and in the Simplified view the models see) with both CoreNLP's
 * own segmenter and the fast one, and reports every difference. Exit code 1 if any.
 *
 * <pre>
 *   java -cp ... org.statclaim.nlp.SegmenterCheck ../shared/corpus/realnews ../shared/realnews/texts samples
 * </pre>
 */
public final class SegmenterCheck {

    /** What a check found. */
    public record Result(long strings, long chars, long differences, long coreNlpNanos, long fastNanos, long fallbacks,
            List<String> firstDifferences) {
        String summary() {
            return String.format(Locale.ROOT,
                    "%d strings, %d chars: %d differences; fallbacks to CoreNLP %d; CoreNLP %.1f s (%.0f chars/s), fast %.1f s (%.0f chars/s), %.1fx",
                    strings, chars, differences, fallbacks, coreNlpNanos / 1e9, chars / (coreNlpNanos / 1e9), fastNanos / 1e9,
                    chars / (fastNanos / 1e9), (double) coreNlpNanos / fastNanos);
        }
    }

    private SegmenterCheck() {
    }

    /** The strings the check segments in {@code text}: each non-blank line, as written and in the Simplified view. */
    public static List<String> strings(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                out.add(line);
                String simplified = SimplifiedView.forModels(line);
                if (!simplified.equals(line)) {
                    out.add(simplified);
                }
            }
        }
        return out;
    }

    /** Segments each string with both and compares. */
    public static Result check(CRFClassifier<CoreLabel> coreNlp, FastSegmenter fast, List<String> strings) {
        long chars = 0, diffs = 0, tCore = 0, tFast = 0;
        long fallbacksBefore = fast.fallbacks();
        List<String> first = new ArrayList<>();
        for (String s : strings) {
            long t0 = System.nanoTime();
            List<String> expected = coreNlp.segmentString(s);
            long t1 = System.nanoTime();
            List<String> actual = fast.segmentString(s);
            long t2 = System.nanoTime();
            tCore += t1 - t0;
            tFast += t2 - t1;
            chars += s.length();
            if (!expected.equals(actual)) {
                diffs++;
                if (first.size() < 10) {
                    first.add("CoreNLP " + expected + "\n   fast " + actual);
                }
            }
        }
        return new Result(strings.size(), chars, diffs, tCore, tFast, fast.fallbacks() - fallbacksBefore, first);
    }

    public static List<String> stringsOf(List<Path> roots) {
        List<String> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
                for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.addAll(strings(Files.readString(f, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = System.out;
        ChineseNlp nlp = ChineseNlp.load(null);
        FastSegmenter fast = nlp.fastSegmenter();
        if (fast == null) {
            System.err.println("SegmenterCheck: the fast segmenter is not in use (" + ChineseNlp.SEGMENTER_PROPERTY + "?)");
            System.exit(2);
        }
        out.println("fast segmenter: " + fast.describe() + "; CoreNLP's segmenter "
                + (fast.coreNlpLoaded() ? "loaded (the tables were built from it)" : "not loaded (the tables were read from the compiled model)"));
        List<Path> roots = new ArrayList<>();
        for (String a : args) {
            roots.add(Path.of(a));
        }
        List<String> strings = stringsOf(roots);
        // one pass to warm both up, then the measured pass
        int passes = Integer.getInteger("passes", 2);
        Result r = null;
        for (int i = 0; i < passes; i++) {
            r = check(fast.coreNlp(), fast, strings);
            out.println((i + 1 < passes ? "warm-up: " : "") + r.summary());
        }
        out.println("fallbacks for a near tie in the search: " + fast.nearTies());
        out.println("fallbacks in all (CoreNLP's segmenter was loaded for the comparison): " + fast.fallbacks());
        r.firstDifferences().forEach(d -> out.println("  " + d));
        System.exit(r.differences() == 0 ? 0 : 1);
    }
}
