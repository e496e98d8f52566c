package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The transient line without a terminal: widths, cutting, erasing (TerminalTest drives a real pseudo-terminal). */
class ProgressTest {

    @Test
    void cjkCountsTwoColumnsAndCombiningMarksNone() {
        assertEquals(3, Progress.width("abc"));
        assertEquals(4, Progress.width("统计"));
        assertEquals(4, Progress.width("ＡＢ")); // fullwidth forms
        assertEquals(1, Progress.width("e\u0301"));
        assertEquals("统", Progress.head("统计", 3));
        assertEquals("\u2026计.txt", Progress.tail("统计统计.txt", 7));
        assertEquals("\u2026计.txt", Progress.tail("统计统计.txt", 8), "a wide character that does not fit is left out whole");
        assertEquals("a.txt", Progress.tail("a.txt", 10));
    }

    @Test
    void theBarFitsAndIsErasedBeforeAnythingElse() {
        StringWriter sw = new StringWriter();
        System.setProperty("statclaim.columns", "30");
        try {
            Progress p = new Progress(new PrintWriter(sw), 2, true);
            p.loading();
            p.clear();
            p.step("一个很长很长很长很长很长很长的文件名.txt");
            p.finish();
        } finally {
            System.clearProperty("statclaim.columns");
        }
        String raw = sw.toString();
        String[] draws = raw.split("\r\033\\[K", -1);
        assertEquals("", draws[draws.length - 1], "erased at the end: " + raw);
        for (String d : draws) {
            assertTrue(Progress.width(d) < 30, d);
            assertFalse(d.contains("\n"), d);
        }
        assertTrue(raw.contains("statclaim: loading the Chin"), raw); // cut to the 29 columns too
        assertTrue(raw.contains("1/2 \u2026") && raw.contains(".txt"), raw);
    }

    @Test
    void silentWhenDisabled() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress(new PrintWriter(sw), 3, false);
        p.loading();
        p.step("a");
        p.finish();
        assertEquals("", sw.toString());
    }
}
