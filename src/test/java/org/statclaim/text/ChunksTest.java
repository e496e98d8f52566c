package org.statclaim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts of a long document: contiguous, cut after running text, with context around them. */
class ChunksTest {

    private static void assertCovers(String text, List<Chunks.Chunk> parts, int size) {
        int pos = 0;
        for (Chunks.Chunk c : parts) {
            assertEquals(pos, c.start(), "contiguous");
            assertTrue(c.end() > c.start(), "not empty");
            assertTrue(c.contextStart() <= c.start() && c.end() <= c.contextEnd(), "context around the part");
            assertTrue(c.end() - c.start() <= size + 8, "about the size: " + (c.end() - c.start()));
            pos = c.end();
        }
        assertEquals(text.length(), pos, "the whole text");
    }

    @Test
    void aShortTextIsOnePart() {
        assertEquals(List.of(new Chunks.Chunk(0, 5, 0, 5)), Chunks.of("增长了5%", 1000));
    }

    @Test
    void partsEndAfterALineOfRunningTextWithContextAround() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("第").append(i).append("段，营收增长了").append(i % 17).append("%。\n");
            if (i % 10 == 3) {
                sb.append("\n铁锚\n大桥\n金桥\n京雷\n天泰\n"); // a catalogue block: never cut inside
            }
        }
        String text = sb.toString();
        List<Chunks.Chunk> parts = Chunks.of(text, 300);
        assertCovers(text, parts, 300);
        assertTrue(parts.size() > 10, parts.toString());
        for (Chunks.Chunk c : parts.subList(1, parts.size())) {
            String before = text.substring(text.lastIndexOf('\n', c.start() - 2) + 1, c.start());
            assertTrue(before.contains("营收增长了"), "cut after running text: " + before);
            assertTrue(c.contextStart() < c.start() && Chunks.isLineStart(text, c.contextStart()), "context lines before");
            assertTrue(text.substring(c.contextStart(), c.start()).split("\n").length >= 3, "three lines of context");
        }
        for (Chunks.Chunk c : parts.subList(0, parts.size() - 1)) {
            assertTrue(c.contextEnd() > c.end(), "the next line is context");
        }
    }

    @Test
    void aLineLongerThanAPartIsCutAfterASentence() {
        String text = "营收增长了5%，利润下降了3%。".repeat(200) + "𠀀".repeat(3000);
        List<Chunks.Chunk> parts = Chunks.of(text, 1000);
        assertCovers(text, parts, 1000);
        for (Chunks.Chunk c : parts.subList(1, parts.size())) {
            char before = text.charAt(c.start() - 1);
            assertTrue(before == '。' || Character.isLowSurrogate(before), "after a sentence, or between whole code points: " + c);
            assertTrue(!Character.isLowSurrogate(text.charAt(c.start())), "never inside a surrogate pair");
        }
    }

    @Test
    void lineBreaksOfEveryKind() {
        String text = "营收增长了5%。\r\n".repeat(100) + "利润下降了3%。\r".repeat(100);
        List<Chunks.Chunk> parts = Chunks.of(text, 200);
        assertCovers(text, parts, 200);
        for (Chunks.Chunk c : parts) {
            assertTrue(Chunks.isLineStart(text, c.start()), "at a line start, never between \\r and \\n: " + c);
        }
    }
}
