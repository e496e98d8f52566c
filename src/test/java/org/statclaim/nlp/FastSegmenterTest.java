package org.statclaim.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The proof that {@link FastSegmenter} gives the words of CoreNLP's own segmenter: both segment
 * the same strings (every line of the samples, the spec suite, the news documents, the hard
 * cases of segmenter-cases.txt, and, where ../shared is present, the real-news texts and every
 * eighth file of the real-news corpus) and must agree on every word. The whole corpus is
 * checked by {@code SegmenterCheck} (see the README's Speed section).
 */
class FastSegmenterTest {

    private static FastSegmenter fast() {
        FastSegmenter fast = ChineseNlp.shared(null).fastSegmenter();
        assertNotNull(fast, "the pipeline segments with CoreNLP's own segmenter, not the fast one");
        return fast;
    }

    private static void assertSameWords(List<String> strings, String what) {
        SegmenterCheck.Result r = SegmenterCheck.check(fast().coreNlp(), fast(), strings);
        System.out.println("FastSegmenterTest " + what + ": " + r.summary());
        assertEquals(0, r.differences(), what + ": " + String.join("\n", r.firstDifferences()));
        assertTrue(r.strings() > 0, what + ": nothing checked");
    }

    @Test
    void hardCasesGiveCoreNlpsWords() throws IOException {
        List<String> cases = new ArrayList<>();
        try (InputStream in = FastSegmenterTest.class.getResourceAsStream("segmenter-cases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    cases.add(line);
                }
            }
        }
        List<String> strings = new ArrayList<>(cases);
        strings.add("");
        strings.add(" ");
        strings.add(cases.get(3) + "\n" + cases.get(4)); // a line break: CoreNLP's segmenter answers
        strings.add(cases.get(3) + "\r\n" + cases.get(4));
        strings.add(cases.get(4) + "\t" + cases.get(2) + "\u00a0" + cases.get(1) + "\u0001" + cases.get(0));
        strings.add(String.join("", cases).replace(" ", "")); // one long string
        assertSameWords(strings, "hard cases");
    }

    @Test
    void fastPathAnswersOrdinaryText() {
        FastSegmenter fast = fast();
        long before = fast.fallbacks();
        long segmented = fast.segmented();
        List<String> strings = SegmenterCheck.stringsOf(List.of(Path.of("samples")));
        assertSameWords(strings, "samples");
        assertEquals(before, fast.fallbacks(), "ordinary text was handed to CoreNLP's segmenter");
        assertEquals(strings.size(), fast.segmented() - segmented);
    }

    @Test
    void specSuiteAndNewsDocuments() throws IOException {
        assertSameWords(ModelCheckInputs.specSuiteAndNewsDocuments(), "spec suite and news documents");
    }

    @Test
    void realNews() throws IOException {
        List<Path> roots = ModelCheckInputs.realNewsRoots();
        Assumptions.assumeFalse(roots.isEmpty(), "../shared is not here");
        assertSameWords(SegmenterCheck.stringsOf(roots), "real news (texts, every 8th corpus file)");
    }
}
