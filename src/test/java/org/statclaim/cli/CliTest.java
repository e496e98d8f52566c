package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, errors, exit codes, files. Uses the real pipeline. */
class CliTest {

    static final String HEADER = "doc,id,sentence,start,end,mention,value,value_max,kind,unit,qualifier,time,metric,source,"
            + "change_from,compared_with,context,delta,rule,direction,base_value,base_value_max,base_unit";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpAndVersion() {
        Run h = run("-h");
        assertEquals(ExitCode.OK, h.code);
        assertTrue(h.out.contains("Usage: statclaim"), h.out);
        Run v = run("-V");
        assertEquals(ExitCode.OK, v.code);
        assertTrue(v.out.startsWith("statclaim "), v.out);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.USAGE, run().code);
        assertEquals(ExitCode.USAGE, run("--no-such-option", "samples").code);
        Run bad = run("--format", "xml", "samples");
        assertEquals(ExitCode.USAGE, bad.code);
        assertTrue(bad.err.contains("--format"), bad.err);
        assertEquals(ExitCode.USAGE, run("--currency", "yuan", "samples").code);
    }

    @Test
    void csvOnStdoutSummaryOnStderr() {
        Run r = run("samples/002_f0faf66cd39f5d72.txt");
        assertEquals(ExitCode.OK, r.code, r.err);
        String[] lines = r.out.split("\n");
        assertEquals(HEADER, lines[0]);
        assertTrue(r.out.contains("2020年的29.1%") || r.out.contains(",29.1,"), r.out);
        assertTrue(r.err.matches("(?s)statclaim: 1 document, \\d+ claims?, [0-9.]+ s\\s*"), r.err);
        assertEquals("", run("-q", "samples/002_f0faf66cd39f5d72.txt").err);
    }

    @Test
    void badInputsAreNamedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xE9, 'a', (byte) 0xFF});
        Path emptyDir = Files.createDirectory(dir.resolve("nothing-here"));
        Run r = run("-q", "samples/002_f0faf66cd39f5d72.txt", dir.resolve("missing.txt").toString(), empty.toString(),
                binary.toString(), latin1.toString(), emptyDir.toString(), "samples/004_1ab19c765da75e46.txt");
        assertEquals(ExitCode.SOME_FAILED, r.code);
        List<String> errs = r.err.lines().toList();
        assertEquals(4, errs.size(), r.err);
        assertTrue(errs.get(0).contains("missing.txt: no such file"), errs.get(0));
        assertTrue(errs.get(1).contains("binary.txt: binary file"), errs.get(1));
        assertTrue(errs.get(2).contains("latin1.txt: cannot decode: not UTF-8"), errs.get(2));
        assertTrue(errs.get(3).contains("nothing-here: directory has no files matching *.{txt,html,htm}"), errs.get(3));
        assertTrue(r.out.contains("samples/002_f0faf66cd39f5d72.txt,"), "rows of the first good file");
        assertTrue(r.out.contains("samples/004_1ab19c765da75e46.txt,"), "rows of the last good file");
    }

    @Test
    void outputFileIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("claims.csv");
        Files.writeString(out, "precious old results\n");
        // a usage error must not touch the existing file
        assertEquals(ExitCode.USAGE, run("-o", out.toString(), "--format", "xml", "samples").code);
        assertEquals("precious old results\n", Files.readString(out));
        Run r = run("-q", "-o", out.toString(), "--bom", "samples/001_537188807ddc293f.txt");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertEquals("", r.out, "nothing on stdout with -o");
        byte[] bytes = Files.readAllBytes(out);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(HEADER + "\n"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void jsonLinesAndLinesMode(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("heads.txt"), "营收增长30%\n\n利润下降了两成\n", StandardCharsets.UTF_8);
        Run r = run("-q", "--lines", "--format", "jsonl", f.toString());
        assertEquals(ExitCode.OK, r.code, r.err);
        List<String> lines = r.out.lines().toList();
        assertEquals(2, lines.size(), r.out);
        assertTrue(lines.get(0).startsWith("{\"doc\":\"" + f + ":1\",\"id\":1,"), lines.get(0));
        assertTrue(lines.get(0).contains("\"value\":30,"), lines.get(0));
        assertTrue(lines.get(1).contains("\"doc\":\"" + f + ":3\""), lines.get(1));
        assertTrue(lines.get(1).contains("\"value\":20,"), lines.get(1));
    }

    @Test
    void directoriesAreRecursedInOrderWithTheGlob(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "增长了5%。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.txt"), "下降了7%。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.md"), "上升了9%。", StandardCharsets.UTF_8);
        Run r = run("-q", dir.toString());
        List<String> rows = r.out.lines().skip(1).toList();
        assertEquals(2, rows.size(), r.out);
        assertTrue(rows.get(0).startsWith(dir + "/a.txt,"));
        assertTrue(rows.get(1).startsWith(dir + "/b/2.txt,"));
        Run md = run("-q", "--glob", "*.md", dir.toString());
        assertTrue(md.out.contains("c.md,"), md.out);
    }

    @Test
    void offsetsAreCodePointsOfTheOriginalText(@TempDir Path dir) throws IOException {
        // 𠀀 is outside the BMP: one code point, two UTF-16 units
        Path f = Files.writeString(dir.resolve("cp.txt"), "𠀀𠀀增长了5%。", StandardCharsets.UTF_8);
        Run r = run("-q", "--format", "jsonl", f.toString());
        assertTrue(r.out.contains("\"start\":5,\"end\":7,\"mention\":\"5%\""), r.out);
        assertFalse(r.out.isEmpty());
    }

    @Test
    void legacyChineseEncodingsAreDetected(@TempDir Path dir) throws IOException {
        String simplified = "据统计，该市去年常住人口增长了3.5%，达到1200万人。";
        String traditional = "據統計，該市去年常住人口增長了3.5%，達到1200萬人。";
        Files.write(dir.resolve("gbk.txt"), simplified.getBytes("GBK"));
        Files.write(dir.resolve("big5.txt"), traditional.getBytes("Big5"));
        Files.write(dir.resolve("utf16.txt"), ("\uFEFF" + simplified).getBytes(StandardCharsets.UTF_16LE));
        Files.write(dir.resolve("utf8bom.txt"), ("\uFEFF" + simplified).getBytes(StandardCharsets.UTF_8));
        Run r = run("-q", "--format", "jsonl", dir.toString());
        assertEquals(ExitCode.OK, r.code, r.err);
        for (String f : List.of("big5", "gbk", "utf16", "utf8bom")) {
            assertTrue(r.out.contains(dir + "/" + f + ".txt\",\"id\":1,\"sentence\":1,\"start\":15,\"end\":19,"), f + ": " + r.out);
        }
        assertTrue(r.out.contains("\"mention\":\"1200萬人\""), r.out);
    }

    @Test
    void directionAndBaseUnitsCloseEveryRow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "据统计，该市去年粮食产量增长了3.5%，达到1200万斤。", StandardCharsets.UTF_8);
        Run jsonl = run("-q", "--format", "jsonl", dir.toString());
        assertEquals(ExitCode.OK, jsonl.code, jsonl.err);
        assertTrue(jsonl.out.contains("\"direction\":\"up\",\"base_value\":null,\"base_value_max\":null,\"base_unit\":null}"), jsonl.out);
        assertTrue(jsonl.out.contains("\"direction\":null,\"base_value\":6000000,\"base_value_max\":null,\"base_unit\":\"kg\"}"), jsonl.out);
        Run csv = run("-q", dir.toString());
        assertTrue(csv.out.lines().anyMatch(l -> l.endsWith(",up,,,")), csv.out);
        assertTrue(csv.out.lines().anyMatch(l -> l.endsWith(",,6000000,,kg")), csv.out);
    }

    @Test
    void lenientReplacesBadBytesWithAWarning(@TempDir Path dir) throws IOException {
        byte[] good = "增长了3.5%。".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xFF;
        bad[good.length + 1] = (byte) 0xFF;
        Path f = Files.write(dir.resolve("bad.txt"), bad);
        assertEquals(ExitCode.SOME_FAILED, run("-q", f.toString()).code);
        Run r = run("-q", "--lenient", f.toString());
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.err.contains("bad.txt: warning: ") && r.err.contains("replaced"), r.err);
        assertTrue(r.out.contains("3.5%"), r.out);
    }

    @Test
    void explainShowsCandidatesWordsAndRules() {
        Run r = run("explain", "--no-deps", "据统计，毛利率从2018年的62.9%暴跌至2020年的29.1%，一刀切的做法不可取。");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.contains("candidate 2018年 [measure.unit] dropped: time"), r.out);
        assertTrue(r.out.contains("毛利率/NN"), r.out);
        assertTrue(r.out.contains("mention=29.1%") && r.out.contains("change_from=1") && r.out.contains("delta=-33.8"), r.out);
        assertTrue(r.out.contains("rule=percent.sign+metric.carry+source.according_to_unnamed+change.from_to"), r.out);
        assertTrue(r.out.contains("dropped: idiom"), r.out);
    }

    @Test
    void explainPrintsDependencyArcs() {
        Run r = run("explain", "--deps", "营收增长了5%。");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.contains("dependencies:") && r.out.contains("root(ROOT-0,"), r.out);
        Run plain = run("explain", "营收增长了5%。"); // the parser is opt-in: it costs about a minute to load
        assertFalse(plain.out.contains("dependencies:"), plain.out);
    }

    @Test
    void evaluateScoresLikeTheReferenceScorer(@TempDir Path dir) throws IOException {
        Run r = run("evaluate", "--gold", "samples/gold.csv", "--texts", "samples");
        assertEquals(ExitCode.OK, r.code, r.err);
        assertTrue(r.out.startsWith("claims: P "), r.out);
        assertTrue(r.out.contains("attributes: value ") && r.out.contains("relations: change P "), r.out);
        // a claims file with one right row and one wrong row
        Path claims = dir.resolve("c.csv");
        Files.writeString(claims, HEADER + "\n"
                + "samples/002_f0faf66cd39f5d72.txt,1,1,1529,1534,29.1%,29.1,,percent,%,exact,2020,毛利率,,,,x,,r\n"
                + "samples/002_f0faf66cd39f5d72.txt,2,1,10,12,xx,5,,count,,exact,,,,,,x,,r\n", StandardCharsets.UTF_8);
        Run s = run("evaluate", "--gold", "samples/gold.csv", "--texts", "samples", "--json", claims.toString());
        assertEquals(ExitCode.OK, s.code, s.err);
        assertTrue(s.out.contains("\"tp\": 1,") && s.out.contains("\"fp\": 1,"), s.out);
        assertEquals(ExitCode.USAGE, run("evaluate", "--gold", "nope.csv", "--texts", "samples").code);
    }
}
