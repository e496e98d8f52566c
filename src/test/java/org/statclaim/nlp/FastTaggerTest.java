package org.statclaim.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The proof that the fast POS tagger ({@link TaggerSwap}) gives the tags of CoreNLP's own
 * tagger: every sentence the pipeline makes of the same strings as {@link FastSegmenterTest}
 * (samples, spec suite, news documents, hard cases of tagger-cases.txt, and, where ../shared is
 * present, the real-news texts and every eighth file of the real-news corpus) is tagged by both
 * and must get the same tags. The whole corpus is checked by {@code TaggerCheck} (see the README's
 * Speed section).
 */
class FastTaggerTest {

    private static ChineseNlp nlp() {
        ChineseNlp nlp = ChineseNlp.shared(null);
        assertNotNull(nlp.fastTagger(), "the pipeline tags with CoreNLP's own tagger, not the fast one");
        return nlp;
    }

    private static void assertSameTags(List<String> strings, String what) {
        ChineseNlp nlp = nlp();
        long before = nlp.fastTagger().sentences();
        List<List<CoreLabel>> sentences = TaggerCheck.sentences(nlp, strings);
        TaggerCheck.Result r = TaggerCheck.check(nlp.fastTagger(), strings.size(), sentences);
        System.out.println("FastTaggerTest " + what + ": " + r.summary());
        assertEquals(0, r.differences(), what + ": " + String.join("\n", r.firstDifferences()));
        assertTrue(r.sentences() > 0, what + ": nothing checked");
        // each sentence tagged twice by the fast path: by the pipeline, then by the check
        assertEquals(2L * sentences.size(), nlp.fastTagger().sentences() - before, what + ": the pipeline did not tag with the fast path");
    }

    @Test
    void hardCasesGiveCoreNlpsTags() throws IOException {
        List<String> cases = new ArrayList<>();
        try (InputStream in = FastTaggerTest.class.getResourceAsStream("tagger-cases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    cases.add(line);
                }
            }
        }
        List<String> strings = new ArrayList<>(cases);
        strings.add(String.join("", cases)); // one long string of many sentences
        strings.add(String.join("\uff0c", cases).replace("\u3002", "")); // one long sentence
        assertSameTags(strings, "hard cases");
    }

    @Test
    void sentenceLongerThanMaxlenIsTaggedXAsByCoreNlp() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            sb.append(i).append('\uff0c');
        }
        Annotation doc = new Annotation(sb.toString());
        nlp().pipeline().annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        assertTrue(tokens.size() > 400, "expected one sentence of more than 400 tokens, got " + tokens.size());
        for (CoreLabel t : tokens) {
            assertEquals("X", t.tag(), t.word());
        }
    }

    @Test
    void samplesSpecSuiteAndNewsDocuments() throws IOException {
        List<String> strings = new ArrayList<>(SegmenterCheck.stringsOf(List.of(Path.of("samples"))));
        strings.addAll(ModelCheckInputs.specSuiteAndNewsDocuments());
        assertSameTags(strings, "samples, spec suite and news documents");
    }

    @Test
    void realNews() throws IOException {
        List<Path> roots = ModelCheckInputs.realNewsRoots();
        Assumptions.assumeFalse(roots.isEmpty(), "../shared is not here");
        assertSameTags(SegmenterCheck.stringsOf(roots), "real news (texts, every 8th corpus file)");
    }
}
