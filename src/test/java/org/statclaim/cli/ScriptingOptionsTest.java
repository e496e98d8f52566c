package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.json.Json;
import javax.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statclaim.output.Column;

/**
 * The options a script uses to shape the output and the run: {@code --columns}, {@code --no-header},
 * {@code --format tsv}, {@code --summary-json}, {@code --files-from} and {@code -0}. Stdin as the
 * list or the document is in {@link ProcessTest} (the test JVM's stdin is the build tool's).
 */
class ScriptingOptionsTest {

    static final String DOC = "samples/002_f0faf66cd39f5d72.txt";

    /** A table row whose cells are one sentence: its context holds a tab. */
    static final String TABLE = "<html><body><p>营收增长了5%，利润下降了7%。</p>"
            + "<table><tr><td>毛利率从2018年的62.9%</td><td>暴跌至2020年的29.1%。</td></tr></table></body></html>";

    static List<CSVRecord> parse(String text, char delimiter) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).build().parse(new StringReader(text)).getRecords();
    }

    @Test
    void columnsAreWrittenInTheOrderGivenInEveryFormat() throws IOException {
        CliTest.Run all = CliTest.run("-q", DOC);
        assertEquals(ExitCode.OK, all.code(), all.err());
        List<Map<String, String>> full = HtmlInputTest.rows(all.out());
        assertTrue(full.size() > 2, all.out());

        CliTest.Run csv = CliTest.run("-q", "--columns", "value,MENTION, doc", DOC);
        assertEquals(ExitCode.OK, csv.code(), csv.err());
        List<CSVRecord> records = parse(csv.out(), ',');
        assertEquals(List.of("value", "mention", "doc"), records.get(0).toList());
        assertEquals(full.size() + 1, records.size());
        for (int i = 0; i < full.size(); i++) {
            Map<String, String> r = full.get(i);
            assertEquals(List.of(r.get("value"), r.get("mention"), r.get("doc")), records.get(i + 1).toList());
        }

        CliTest.Run tsv = CliTest.run("-q", "--format", "tsv", "--no-header", "--columns", "mention,value", DOC);
        List<CSVRecord> tsvRecords = parse(tsv.out(), '\t');
        assertEquals(full.size(), tsvRecords.size(), "no header");
        assertEquals(List.of(full.get(0).get("mention"), full.get(0).get("value")), tsvRecords.get(0).toList());

        CliTest.Run jsonl = CliTest.run("-q", "--format", "jsonl", "--columns", "mention,value_max,value", DOC);
        List<String> lines = jsonl.out().lines().toList();
        assertEquals(full.size(), lines.size(), "JSON Lines has no header, with or without --no-header");
        JsonObject first = Json.createReader(new StringReader(lines.get(0))).readObject();
        assertEquals(List.of("mention", "value_max", "value"), new ArrayList<>(first.keySet()), "keys in the order given");
        assertEquals(full.get(0).get("mention"), first.getString("mention"));
        assertEquals(jsonl.out(), CliTest.run("-q", "--format", "jsonl", "--no-header", "--columns", "mention,value_max,value", DOC).out());
    }

    @Test
    void noHeaderLeavesTheRowsAsTheyAre() {
        CliTest.Run with = CliTest.run("-q", DOC);
        CliTest.Run without = CliTest.run("-q", "--no-header", DOC);
        assertEquals(with.out().substring(with.out().indexOf('\n') + 1), without.out());
        assertTrue(with.out().startsWith(CliTest.HEADER + "\n"));
    }

    @Test
    void anUnknownOrRepeatedColumnIsAUsageErrorListingTheColumns() {
        CliTest.Run bad = CliTest.run("--columns", "doc,valeu", DOC);
        assertEquals(ExitCode.USAGE, bad.code());
        assertTrue(bad.err().contains("unknown column 'valeu'"), bad.err());
        assertTrue(bad.err().contains(String.join(",", java.util.Arrays.stream(Column.values()).map(Column::header).toList())), bad.err());
        CliTest.Run twice = CliTest.run("--columns", "doc,value,DOC", DOC);
        assertEquals(ExitCode.USAGE, twice.code());
        assertTrue(twice.err().contains("twice"), twice.err());
        assertEquals(ExitCode.USAGE, CliTest.run("--columns", "doc,,value", DOC).code());
        assertEquals("", CliTest.run("--columns", "doc,valeu", DOC).out(), "nothing written");
    }

    @Test
    void tsvHoldsTheSameCellsAsCsvEvenATabInTheContext(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("table.html"), TABLE, StandardCharsets.UTF_8);
        CliTest.Run csv = CliTest.run("-q", page.toString());
        CliTest.Run tsv = CliTest.run("-q", "--format", "TSV", page.toString());
        assertEquals(ExitCode.OK, tsv.code(), tsv.err());
        List<CSVRecord> c = parse(csv.out(), ',');
        List<CSVRecord> t = parse(tsv.out(), '\t');
        assertEquals(c.size(), t.size());
        for (int i = 0; i < c.size(); i++) {
            assertEquals(c.get(i).toList(), t.get(i).toList());
        }
        assertEquals(String.join("\t", CliTest.HEADER.split(",")), tsv.out().lines().findFirst().orElseThrow());
        assertTrue(t.stream().anyMatch(r -> r.get(Column.CONTEXT.ordinal()).contains("\t")), "a context with a tab: " + tsv.out());
        for (String line : tsv.out().split("\n")) {
            if (line.contains("62.9%\t")) {
                assertTrue(line.contains("\"毛利率从2018年的62.9%\t暴跌至2020年的29.1%。\""), "a tab in a cell is quoted: " + line);
            }
        }
    }

    @Test
    void summaryJsonCountsTheRunAndNamesTheFailures(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        CliTest.Run r = CliTest.run("-q", "--summary-json", summary.toString(), DOC, dir.resolve("missing.txt").toString(), binary.toString());
        assertEquals(ExitCode.SOME_FAILED, r.code());
        int rows = HtmlInputTest.rows(r.out()).size();
        String text = Files.readString(summary);
        assertTrue(text.endsWith("}\n") && text.indexOf('\n') == text.length() - 1, "one line: " + text);
        JsonObject s = Json.createReader(new StringReader(text)).readObject();
        assertEquals(1, s.getInt("exit_code"));
        assertEquals(1, s.getInt("documents"));
        assertEquals(rows, s.getInt("claims"));
        assertEquals(2, s.getInt("failed"));
        assertEquals(dir.resolve("missing.txt").toString(), s.getJsonArray("failures").getJsonObject(0).getString("path"));
        assertEquals("no such file or directory", s.getJsonArray("failures").getJsonObject(0).getString("reason"));
        assertEquals(binary.toString(), s.getJsonArray("failures").getJsonObject(1).getString("path"));
        assertTrue(s.getJsonArray("failures").getJsonObject(1).getString("reason").startsWith("binary file"));
        assertEquals("stdout", s.getString("output"));
        assertTrue(s.isNull("output_error"));
        assertTrue(s.getJsonNumber("seconds").doubleValue() >= 0);
        try (var files = Files.list(dir)) {
            assertEquals(List.of("binary.txt", "summary.json"), files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void summaryJsonOfACleanRunAndToStdoutBesideAnOutputFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("claims.csv");
        CliTest.Run r = CliTest.run("-q", "--dump-text", "-o", out.toString(), "--summary-json", "-", DOC);
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonObject s = Json.createReader(new StringReader(r.out())).readObject();
        assertEquals(0, s.getInt("exit_code"));
        assertEquals(1, s.getInt("documents"));
        assertTrue(s.isNull("claims"), "--dump-text counts no claims");
        assertEquals(0, s.getJsonArray("failures").size());
        assertEquals(out.toString(), s.getString("output"));
        assertTrue(Files.readString(out).startsWith("\u300a"), "the text went to -o");
    }

    @Test
    void summaryJsonProblemsAreUsageErrorsBeforeAnyWork(@TempDir Path dir) {
        CliTest.Run stdout = CliTest.run("--summary-json", "-", DOC);
        assertEquals(ExitCode.USAGE, stdout.code());
        assertTrue(stdout.err().contains("--summary-json - writes to stdout, which has the rows"), stdout.err());
        CliTest.Run noDir = CliTest.run("--summary-json", dir.resolve("nope/s.json").toString(), DOC);
        assertEquals(ExitCode.USAGE, noDir.code());
        assertTrue(noDir.err().contains("no such directory"), noDir.err());
        CliTest.Run same = CliTest.run("-o", dir.resolve("x").toString(), "--summary-json", dir.resolve("./x").toString(), DOC);
        assertEquals(ExitCode.USAGE, same.code());
        assertTrue(same.err().contains("the same file as -o"), same.err());
        assertEquals("", stdout.out() + noDir.out() + same.out());
    }

    @Test
    void filesFromAddsTheListedPathsAfterThePaths(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("b.txt"), "bee", StandardCharsets.UTF_8);
        Path spaced = Files.writeString(dir.resolve("a name.txt"), "ay", StandardCharsets.UTF_8);
        Path dash = Files.writeString(dir.resolve("-"), "dash", StandardCharsets.UTF_8);
        Path list = Files.writeString(dir.resolve("list.txt"), spaced + "\r\n\n" + sub + "\n" + dir.resolve("missing.txt") + "\n",
                StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("-q", "--dump-text", "--files-from", list.toString(), DOC);
        assertEquals(ExitCode.SOME_FAILED, r.code(), "a missing listed file fails as a PATH would");
        assertEquals(List.of("==> " + DOC + " <==", "==> " + spaced + " <==", "==> " + sub + "/b.txt <=="),
                r.out().lines().filter(l -> l.startsWith("==> ")).toList(), "PATHs first, then the list in its order, empty lines skipped");
        assertTrue(r.err().contains(dir.resolve("missing.txt") + ": no such file or directory"), r.err());

        // -0: NUL-separated, a name may hold a line break; a listed - is a file named -
        Path odd = Files.writeString(dir.resolve("line\nbreak.txt"), "odd", StandardCharsets.UTF_8);
        Path nul = Files.write(dir.resolve("list0"), (odd + "\0" + dash + "\0").getBytes(StandardCharsets.UTF_8));
        CliTest.Run z = CliTest.run("-q", "--dump-text", "--files-from", nul.toString(), "-0");
        assertEquals(ExitCode.OK, z.code(), z.err());
        assertEquals("==> " + odd + " <==\nodd\n==> " + dash + " <==\ndash\n", z.out());
    }

    @Test
    void aListThatCannotBeReadIsAUsageError(@TempDir Path dir) throws IOException {
        CliTest.Run missing = CliTest.run("--files-from", dir.resolve("nope").toString());
        assertEquals(ExitCode.USAGE, missing.code());
        assertTrue(missing.err().contains("--files-from " + dir.resolve("nope") + ": no such file"), missing.err());
        Path withNul = Files.write(dir.resolve("list0"), "a.txt\0b.txt\0".getBytes(StandardCharsets.UTF_8));
        CliTest.Run nul = CliTest.run("--files-from", withNul.toString());
        assertEquals(ExitCode.USAGE, nul.code());
        assertTrue(nul.err().contains("give -0"), nul.err());
        CliTest.Run zero = CliTest.run("-0", DOC);
        assertEquals(ExitCode.USAGE, zero.code());
        assertTrue(zero.err().contains("-0 is for --files-from"), zero.err());
        CliTest.Run both = CliTest.run("--files-from", "-", "-");
        assertEquals(ExitCode.USAGE, both.code());
        assertTrue(both.err().contains("stdin cannot be both"), both.err());
    }

    @Test
    void anEmptyListIsARunOverNothing(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty"), new byte[0]);
        CliTest.Run r = CliTest.run("-q", "--files-from", empty.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(CliTest.HEADER + "\n", r.out());
        assertFalse(r.err().contains("missing PATH"));
    }
}
