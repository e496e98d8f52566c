package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document longer than a part is extracted part by part (--part-size, hidden, a million
 * characters by default) with the rows of the whole document: the five samples in one file, cut
 * into parts of a few thousand characters, give byte for byte the output of the uncut run.
 */
public class LargeDocumentTest {

    public static String allSamples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            StringBuilder sb = new StringBuilder();
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sb.append(Files.readString(p)).append('\n');
            }
            return sb.toString();
        }
    }

    @Test
    void partsGiveTheRowsOfTheWholeDocument(@TempDir Path dir) throws IOException {
        // 𠀀 before the text: code point offsets must be carried from part to part
        Path f = Files.writeString(dir.resolve("all.txt"), "𠀀发布时间：2024-03-05\n" + allSamples(), StandardCharsets.UTF_8);
        CliTest.Run whole = CliTest.run("-q", f.toString());
        assertEquals(ExitCode.OK, whole.code(), whole.err());
        List<Map<String, String>> rows = HtmlInputTest.rows(whole.out());
        assertTrue(rows.size() > 20, whole.out());
        assertTrue(rows.stream().anyMatch(r -> !r.get("change_from").isEmpty()), "changes to carry across parts");
        for (String size : List.of("1000", "2500", "6000")) {
            for (String threads : List.of("1", "2")) {
                CliTest.Run parts = CliTest.run("-q", "--part-size", size, "--threads", threads, f.toString());
                assertEquals(ExitCode.OK, parts.code(), parts.err());
                assertEquals(whole.out(), parts.out(), "--part-size " + size + " --threads " + threads);
            }
        }
    }

    @Test
    void aDocumentOfOneEndlessLineStillGivesConsistentRows(@TempDir Path dir) throws IOException {
        String text = allSamples().replace("\n", "");
        Path f = Files.writeString(dir.resolve("one-line.txt"), text, StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("-q", "--part-size", "1000", f.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<Map<String, String>> rows = HtmlInputTest.rows(r.out());
        assertTrue(rows.size() > 20, r.out());
        Set<String> ids = new HashSet<>();
        int previousStart = -1;
        for (Map<String, String> row : rows) {
            assertEquals(String.valueOf(ids.size() + 1), row.get("id"), "ids 1, 2, 3... across parts");
            ids.add(row.get("id"));
            int start = Integer.parseInt(row.get("start"));
            assertTrue(start > previousStart, "reading order");
            previousStart = start;
            assertEquals(row.get("mention"), HtmlInputTest.codePoints(text, start, Integer.parseInt(row.get("end"))));
            for (String ref : List.of("change_from", "compared_with")) {
                String id = row.get(ref);
                assertTrue(id.isEmpty() || Integer.parseInt(id) < Integer.parseInt(row.get("id")), ref + " points back: " + row);
            }
        }
        // the uncut run agrees on the rows (the sentence cut at a part's end may differ, nothing else)
        CliTest.Run whole = CliTest.run("-q", f.toString());
        assertEquals(mentions(whole.out()), mentions(r.out()));
    }

    private static List<String> mentions(String csv) throws IOException {
        return HtmlInputTest.rows(csv).stream().map(m -> m.get("start") + ":" + m.get("mention") + "=" + m.get("value"))
                .collect(Collectors.toList());
    }
}
