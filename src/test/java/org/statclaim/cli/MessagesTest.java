package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user reads and types: hints, warnings, help, usage errors, option values in any case, what a folder gives. */
class MessagesTest {

    @Test
    void aMostlyUtf8FileIsToldToUseLenientAndLinesWarnOnce(@TempDir Path dir) throws IOException {
        byte[] good = "营收增长了30%。\n利润下降了两成。\n人口达到1200万人。\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
        bad[good.length] = (byte) 0xE5; // a character cut in the middle, as a truncated download ends
        Path f = Files.write(dir.resolve("cut.txt"), bad);
        CliTest.Run strict = CliTest.run("-q", f.toString());
        assertEquals(ExitCode.SOME_FAILED, strict.code());
        assertEquals("statclaim: " + f + ": cannot decode: UTF-8 but for 1 bad byte sequence (--lenient replaces them)\n", strict.err());
        CliTest.Run lines = CliTest.run("-q", "--lenient", "--lines", f.toString());
        assertEquals(ExitCode.OK, lines.code(), lines.err());
        assertEquals(1, lines.err().lines().count(), "the warning once per file, not once per line: " + lines.err());
        assertTrue(lines.err().contains("warning: 1 undecodable byte sequence replaced (UTF-8)"), lines.err());
        assertTrue(lines.out().lines().count() > 40, lines.out());
    }

    @Test
    void emptyBomOnlyAndBlankFilesAreDocumentsWithNoClaims(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.write(dir.resolve("b-bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Files.writeString(dir.resolve("c-blank.txt"), " \n\t\r\n\u3000\n");
        Files.writeString(dir.resolve("d.txt"), "营收增长了5%。", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run(dir.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().matches("statclaim: 4 documents, 1 claim, [0-9.]+ s\n"), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
    }

    @Test
    void helpIsACommandAndTyposGetSuggestions() {
        CliTest.Run help = CliTest.run("help");
        assertEquals(ExitCode.OK, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: statclaim [OPTIONS] PATH..."), help.out());
        assertTrue(help.out().contains("evaluate") && help.out().contains("explain"), help.out());
        CliTest.Run sub = CliTest.run("help", "evaluate");
        assertTrue(sub.out().startsWith("Usage: statclaim evaluate"), sub.out());
        CliTest.Run typo = CliTest.run("--formt", "csv", "samples");
        assertEquals(ExitCode.USAGE, typo.code());
        assertTrue(typo.err().contains("Possible solutions: --format"), typo.err());
    }

    @Test
    void everyUsageErrorEndsWithTryHelp() {
        for (String[] args : List.of(new String[] {}, new String[] {"--threads", "0", "samples"}, new String[] {"--format", "xml", "x"},
                new String[] {"--nope"}, new String[] {"explain"}, new String[] {"evaluate", "--gold", "nope.csv", "--texts", "samples"},
                new String[] {"-o", "/no/such/dir/x.csv", "samples"})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args));
            List<String> lines = r.err().lines().toList();
            assertTrue(lines.get(0).startsWith("statclaim: "), r.err());
            assertTrue(lines.get(lines.size() - 1).matches("Try 'statclaim( explain| evaluate)? --help' for more information\\."), r.err());
        }
    }

    @Test
    void optionValuesInAnyCase() {
        CliTest.Run r = CliTest.run("-q", "--format", "JSONL", "--currency", "cny", "--dump-text", "samples/002_f0faf66cd39f5d72.txt");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("CNY", new ExtractionOptions.CurrencyCode().convert("cny"));
        assertEquals(org.statclaim.output.RowWriter.Format.JSONL, new OutputOptions.FormatName().convert("JsonL"));
    }

    @Test
    void helpShowsWholeSummariesAndPathAsRequired() {
        String help = CliTest.run("-h").out();
        assertTrue(help.startsWith("Usage: statclaim [OPTIONS] PATH...\n"), help);
        String commands = help.substring(help.indexOf("Commands:"));
        for (String line : commands.lines().skip(1).takeWhile(l -> !l.isBlank()).toList()) {
            if (!line.startsWith("    ")) { // a summary ends a sentence (its wrapped rest is indented)
                String summary = line.trim().replaceFirst("^\\S+\\s+", "");
                assertTrue(summary.endsWith(".") || nextIsContinuation(commands, line), line);
            }
        }
    }

    private static boolean nextIsContinuation(String commands, String line) {
        List<String> ls = commands.lines().toList();
        int i = ls.indexOf(line);
        return i + 1 < ls.size() && ls.get(i + 1).startsWith("    ") && ls.get(i + 1).trim().endsWith(".");
    }

    @Test
    void aLinkedFolderIsFollowedAndHiddenFilesAreLeftOut(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "营收增长了5%。", StandardCharsets.UTF_8);
        Files.writeString(real.resolve(".draft.txt"), "营收增长了6%。", StandardCharsets.UTF_8);
        Files.createDirectories(real.resolve(".git"));
        Files.writeString(real.resolve(".git/b.txt"), "营收增长了7%。", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        CliTest.Run r = CliTest.run("--dump-text", link.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("营收增长了5%。", r.out());
        CliTest.Run all = CliTest.run("-q", "--dump-text", "--hidden", link.toString());
        List<String> heads = all.out().lines().filter(l -> l.startsWith("==> ")).toList();
        assertEquals(List.of("==> " + link + "/.draft.txt <==", "==> " + link + "/.git/b.txt <==", "==> " + link + "/a.txt <=="), heads);
        // a hidden file named on the command line is read
        assertEquals("营收增长了6%。", CliTest.run("-q", "--dump-text", real.resolve(".draft.txt").toString()).out());
    }

    @Test
    void evaluateNamesAWrongClaimsFile(@TempDir Path dir) throws IOException {
        Path jsonl = Files.writeString(dir.resolve("c.jsonl"), "{\"doc\":\"x.txt\"}\n");
        CliTest.Run j = CliTest.run("evaluate", "--gold", "samples/gold.csv", "--texts", "samples", jsonl.toString());
        assertEquals(ExitCode.USAGE, j.code());
        assertTrue(j.err().startsWith("statclaim: " + jsonl + ": JSON Lines: evaluate reads the CSV"), j.err());
        Path other = Files.writeString(dir.resolve("other.csv"), CliTest.HEADER + "\n"
                + "news/elsewhere.txt,1,1,0,2,5%,5,,percent,%,exact,,,,,,x,,r\n", StandardCharsets.UTF_8);
        CliTest.Run o = CliTest.run("evaluate", "--gold", "samples/gold.csv", "--texts", "samples", other.toString());
        assertEquals(ExitCode.SOME_FAILED, o.code());
        assertTrue(o.err().contains("no document of " + other + " is in samples/gold.csv"), o.err());
    }

    @Test
    void jsonLinesGivesNullForEveryEmptyCell() {
        CliTest.Run r = CliTest.run("-q", "--format", "jsonl", "samples/002_f0faf66cd39f5d72.txt");
        String first = r.out().lines().findFirst().orElseThrow();
        assertTrue(first.contains("\"value_max\":null") && first.contains("\"time\":null"), first);
        assertFalse(r.out().contains("\"\""), "no empty strings: " + first);
    }
}
