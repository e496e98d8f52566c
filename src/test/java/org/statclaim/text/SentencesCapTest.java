package org.statclaim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences of pathological length are cut into bounded pieces; real ones never are. */
class SentencesCapTest {

    private static List<Sentences.Sentence> split(String text) {
        return Sentences.split(text, Sentences.lines(text));
    }

    @Test
    void aRunWithoutPunctuationIsCutEveryMaxRunCharacters() {
        String text = "1".repeat(100_000);
        List<Sentences.Sentence> s = split(text);
        assertEquals(100_000 / Sentences.MAX_RUN, s.size());
        for (Sentences.Sentence x : s) {
            assertEquals(Sentences.MAX_RUN, x.end() - x.start());
        }
    }

    @Test
    void aLongSentenceIsCutAtAClauseBreak() {
        String clause = "营收增长了百分之五，"; // 10 characters
        String text = clause.repeat(250) + "。";
        List<Sentences.Sentence> s = split(text);
        assertTrue(s.size() >= 3, s.toString());
        for (Sentences.Sentence x : s) {
            assertTrue(x.end() - x.start() <= Sentences.MAX_SENTENCE, x.toString());
            assertTrue(text.charAt(x.end() - 1) == '，' || text.charAt(x.end() - 1) == '。', "cut after a clause: " + x);
        }
        assertEquals(text.length(), s.get(s.size() - 1).end());
    }

    @Test
    void realSentencesAreNotCut() {
        String text = "隨著創新奇智擴大其客戶群，它被迫增加軟件支出，" .repeat(30) + "導致毛利率從2018年的62.9%暴跌至2020年的29.1%。";
        assertEquals(1, split(text).size());
    }

    @Test
    void surrogatePairsStayWhole() {
        String text = "𠀀".repeat(5000);
        for (Sentences.Sentence x : split(text)) {
            assertTrue(!Character.isLowSurrogate(text.charAt(x.start())), x.toString());
        }
    }
}
