package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traditional text scores as well as Simplified: every Simplified sample, written in Traditional
 * characters (ICU's Hans-Hant, one character for one), gives the rows of the Simplified original,
 * the same values, times, relations and offsets, and the same words in Traditional characters in
 * the text columns (which stay verbatim).
 */
class TraditionalSamplesTest {

    private static final Set<String> TEXT_COLUMNS = Set.of("mention", "unit", "metric", "source", "context");

    @Test
    void traditionalSamplesGiveTheRowsOfTheirSimplifiedOriginals(@TempDir Path dir) throws IOException {
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        Path simplified = Files.createDirectory(dir.resolve("simplified"));
        Path traditional = Files.createDirectory(dir.resolve("traditional"));
        int converted = 0;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String hant = toTraditional.transliterate(text);
                if (hant.equals(text) || hant.codePointCount(0, hant.length()) != text.codePointCount(0, text.length())) {
                    continue; // already Traditional (002)
                }
                Files.writeString(simplified.resolve(p.getFileName().toString()), text, StandardCharsets.UTF_8);
                Files.writeString(traditional.resolve(p.getFileName().toString()), hant, StandardCharsets.UTF_8);
                converted++;
            }
        }
        assertTrue(converted >= 4, "the Simplified samples");
        CliTest.Run s = CliTest.run("-q", simplified.toString());
        CliTest.Run t = CliTest.run("-q", traditional.toString());
        assertEquals(ExitCode.OK, s.code(), s.err());
        assertEquals(ExitCode.OK, t.code(), t.err());
        List<Map<String, String>> sRows = HtmlInputTest.rows(s.out());
        List<Map<String, String>> tRows = HtmlInputTest.rows(t.out());
        assertTrue(sRows.size() > 15, s.out());
        assertEquals(sRows.size(), tRows.size(), "as many rows\n" + s.out() + "\n" + t.out());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < sRows.size(); i++) {
            Map<String, String> a = sRows.get(i);
            Map<String, String> b = tRows.get(i);
            for (String column : a.keySet()) {
                if (column.equals("doc") || column.equals("rule")) {
                    continue;
                }
                String want = TEXT_COLUMNS.contains(column) ? toTraditional.transliterate(a.get(column)) : a.get(column);
                if (!want.equals(b.get(column))) {
                    differences.add(a.get("doc") + " id " + a.get("id") + " " + column + ": " + want + " / " + b.get(column));
                }
            }
        }
        assertEquals(List.of(), differences);
    }
}
