package org.statclaim.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The proof that the fast POS tagger ({@link TaggerSwap}) gives CoreNLP's tags: every line of
 * the given files or folders (as written, and in the Simplified view the models see) is
 * segmented and split into sentences by the pipeline, and each sentence the pipeline tags (no
 * longer than pos.maxlen) is tagged by CoreNLP's own {@code MaxentTagger.tagSentence} and by the
 * fast path; every difference is reported. Exit code 1 if any.
 *
 * <pre>
 *   java -cp ... org.statclaim.nlp.TaggerCheck ../shared/corpus/realnews ../shared/realnews/texts samples
 * </pre>
 */
public final class TaggerCheck {

    /** What a check found. */
    public record Result(long strings, long sentences, long tokens, long differences, long coreNlpNanos, long fastNanos,
            List<String> firstDifferences) {
        String summary() {
            return String.format(Locale.ROOT,
                    "%d strings, %d sentences, %d tokens: %d sentences differ; tagging: CoreNLP %.1f s (%.0f tokens/s), fast %.1f s (%.0f tokens/s), %.1fx",
                    strings, sentences, tokens, differences, coreNlpNanos / 1e9, tokens / (coreNlpNanos / 1e9), fastNanos / 1e9,
                    tokens / (fastNanos / 1e9), (double) coreNlpNanos / fastNanos);
        }
    }

    private TaggerCheck() {
    }

    /** The sentences (token lists) the pipeline makes of {@code strings} and would tag (no longer than pos.maxlen). */
    static List<List<CoreLabel>> sentences(ChineseNlp nlp, List<String> strings) {
        List<List<CoreLabel>> out = new ArrayList<>();
        for (String s : strings) {
            Annotation doc = new Annotation(s);
            nlp.pipeline().annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (!tokens.isEmpty() && tokens.size() <= ChineseNlp.POS_MAXLEN && !"X".equals(tokens.get(0).tag())) {
                    out.add(tokens);
                }
            }
        }
        return out;
    }

    /** Tags each sentence with CoreNLP's tagger and the fast one and compares the tags. */
    static Result check(TaggerSwap.Fast fast, long strings, List<List<CoreLabel>> sentences) {
        MaxentTagger coreNlp = fast.coreNlp();
        long tokens = 0, diffs = 0, tCore = 0, tFast = 0;
        List<String> first = new ArrayList<>();
        for (List<CoreLabel> s : sentences) {
            long t0 = System.nanoTime();
            List<TaggedWord> expected = coreNlp.tagSentence(s, false);
            long t1 = System.nanoTime();
            List<TaggedWord> actual = fast.tag(s);
            long t2 = System.nanoTime();
            tCore += t1 - t0;
            tFast += t2 - t1;
            tokens += s.size();
            if (!tagsOf(expected).equals(tagsOf(actual)) || !wordsOf(expected).equals(wordsOf(actual))) {
                diffs++;
                if (first.size() < 10) {
                    first.add("CoreNLP " + expected + "\n   fast " + actual);
                }
            }
        }
        return new Result(strings, sentences.size(), tokens, diffs, tCore, tFast, first);
    }

    private static List<String> tagsOf(List<TaggedWord> ws) {
        return ws.stream().map(TaggedWord::tag).toList();
    }

    private static List<String> wordsOf(List<TaggedWord> ws) {
        return ws.stream().map(TaggedWord::word).toList();
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintStream out = System.out;
        ChineseNlp nlp = ChineseNlp.load(null);
        TaggerSwap.Fast fast = nlp.fastTagger();
        if (fast == null) {
            System.err.println("TaggerCheck: the fast tagger is not in use (" + ChineseNlp.TAGGER_PROPERTY + "?)");
            System.exit(2);
        }
        out.println("fast tagger: " + fast.describe());
        List<Path> roots = new ArrayList<>();
        for (String a : args) {
            roots.add(Path.of(a));
        }
        List<String> strings = SegmenterCheck.stringsOf(roots);
        List<List<CoreLabel>> sentences = sentences(nlp, strings);
        int passes = Integer.getInteger("passes", 2);
        Result r = null;
        for (int i = 0; i < passes; i++) {
            r = check(fast, strings.size(), sentences);
            out.println((i + 1 < passes ? "warm-up: " : "") + r.summary());
        }
        out.println("words: " + fast.model().wordsCached() + " cached, " + fast.model().wordMisses() + " computed");
        r.firstDifferences().forEach(d -> out.println("  " + d));
        System.exit(r.differences() == 0 ? 0 : 1);
    }
}
