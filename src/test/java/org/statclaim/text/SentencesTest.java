package org.statclaim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines and sentences: catalogue blocks are boilerplate, sentences split at final punctuation (the rule examples: org.statclaim.RuleExamplesTest). */
class SentencesTest {

    @Test
    void catalogueBlocksAreBoilerplate() {
        String text = "正文第一句，有数字30%。\n\n铁锚\n大桥\n金桥\n京雷\n天泰\nZX7-630I逆变直流电焊机\n";
        List<Boilerplate.Line> lines = Sentences.lines(text);
        var bits = Boilerplate.classify(lines);
        assertFalse(bits.get(0));
        for (int i = 2; i < 8; i++) {
            assertTrue(bits.get(i), "line " + i);
        }
    }

    @Test
    void aHeadlineAloneIsNotACatalogue() {
        String text = "中美两国大模型现状\n\n首先，聊聊钱这个话题。\n";
        assertTrue(Boilerplate.classify(Sentences.lines(text)).isEmpty());
    }

    @Test
    void sentencesSplitAtChineseAndFinalPunctuationNotDecimals() {
        String text = "毛利率为62.9%。零一萬物(01.AI)发布了模型！超越了37%.\n第二行？";
        List<String> got = new ArrayList<>();
        for (Sentences.Sentence s : Sentences.split(text, Sentences.lines(text))) {
            got.add(s.text(text));
        }
        assertEquals(List.of("毛利率为62.9%。", "零一萬物(01.AI)发布了模型！", "超越了37%.", "第二行？"), got);
    }
}
