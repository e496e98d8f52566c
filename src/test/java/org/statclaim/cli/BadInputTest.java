package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input battery, through the command line: each bad input is one stderr line naming it
 * and the reason, the exit code says some input failed, and every row of the good inputs is
 * still there; -o keeps its old content when a run fails; the output is the same whatever the
 * number of threads.
 */
class BadInputTest {

    static final String GOOD1 = "samples/002_f0faf66cd39f5d72.txt";
    static final String GOOD2 = "samples/004_1ab19c765da75e46.txt";

    /** The rows of {@code doc} in a CSV output. */
    static List<String> rowsOf(String csv, String doc) {
        return csv.lines().filter(l -> l.startsWith(doc + ",")).toList();
    }

    @Test
    void eachBadInputIsOneLineAndTheGoodOnesAreAllThere(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path emptyDir = Files.createDirectory(dir.resolve("nothing-here"));
        Files.writeString(emptyDir.resolve("notes.md"), "增长了5%。");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 'b', 0, 'c'});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Path noText = Files.writeString(dir.resolve("menu.html"), "<html><body><nav>首页 | 财经</nav><script>x=1</script></body></html>");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xFF, (byte) 0xFE, 'x'});
        Path vanishing = Files.writeString(dir.resolve("vanishing.txt"), "营收增长了5%。", StandardCharsets.UTF_8);
        List<String> args = List.of("-q", "--threads", "2", GOOD1, missing.toString(), emptyDir.toString(), binary.toString(),
                empty.toString(), blank.toString(), noText.toString(), latin1.toString(), vanishing.toString(), GOOD2);
        CliTest.Run r;
        StatclaimCommand.afterListing = inputs -> {
            try {
                Files.delete(vanishing); // listed, then gone before it is read
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        try {
            r = CliTest.run(args.toArray(String[]::new));
        } finally {
            StatclaimCommand.afterListing = null;
        }
        assertEquals(ExitCode.SOME_FAILED, r.code());
        assertEquals(String.join("\n",
                "statclaim: " + missing + ": no such file or directory",
                "statclaim: " + emptyDir + ": directory has no files matching *.{txt,html,htm}",
                "statclaim: " + binary + ": binary file (contains NUL bytes)",
                "statclaim: " + noText + ": no text in the HTML page",
                "statclaim: " + latin1 + ": cannot decode: not UTF-8, not GB18030 (it looks like WINDOWS-1252: try --encoding WINDOWS-1252, "
                        + "or --lenient to replace bad bytes)",
                "statclaim: " + vanishing + ": no such file (it may have been removed during the run)") + "\n", r.err());
        CliTest.Run good = CliTest.run("-q", GOOD1, GOOD2);
        assertEquals(ExitCode.OK, good.code(), good.err());
        assertEquals(good.out(), r.out(), "every row of the good inputs, in order");
        assertFalse(rowsOf(r.out(), GOOD1).isEmpty());
        assertFalse(rowsOf(r.out(), GOOD2).isEmpty());
    }

    @Test
    void aForcedEncodingThatDoesNotFitIsAnErrorUnlessLenient(@TempDir Path dir) throws IOException {
        byte[] gbk = "据统计，营收增长了3.5%。".getBytes("GBK");
        Path f = Files.write(dir.resolve("gbk.txt"), gbk);
        CliTest.Run strict = CliTest.run("-q", "--encoding", "UTF-8", f.toString(), GOOD2);
        assertEquals(ExitCode.SOME_FAILED, strict.code());
        assertEquals("statclaim: " + f + ": not valid UTF-8 text (the --encoding given; --lenient replaces bad bytes)\n", strict.err());
        assertFalse(rowsOf(strict.out(), GOOD2).isEmpty());
        CliTest.Run lenient = CliTest.run("-q", "--encoding", "UTF-8", "--lenient", f.toString());
        assertEquals(ExitCode.OK, lenient.code(), lenient.err());
        assertTrue(lenient.err().matches("statclaim: \\Q" + f + "\\E: warning: \\d+ undecodable byte sequences replaced \\(UTF-8\\)\n"), lenient.err());
        CliTest.Run right = CliTest.run("-q", "--encoding", "GBK", f.toString());
        assertTrue(right.out().contains(",3.5%,"), right.out());
    }

    @Test
    void anUnreadableFileIsNamed(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("locked.txt"), "营收增长了5%。");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(f), "running as root: permissions do not stop reading");
            CliTest.Run r = CliTest.run("-q", f.toString(), GOOD2);
            assertEquals(ExitCode.SOME_FAILED, r.code());
            assertEquals("statclaim: " + f + ": permission denied\n", r.err());
            assertFalse(rowsOf(r.out(), GOOD2).isEmpty());
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void theOutputFileKeepsItsContentWhenTheRunFails(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("claims.csv");
        Files.writeString(out, "precious old results\n");
        // every input failed: nothing to replace the old results with
        CliTest.Run none = CliTest.run("-q", "-o", out.toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCode.SOME_FAILED, none.code());
        assertEquals("statclaim: " + dir.resolve("missing.txt") + ": no such file or directory\n"
                + "statclaim: " + out + ": left as it was (no input could be processed)\n", none.err());
        assertEquals("precious old results\n", Files.readString(out));
        // a crash: the models cannot be loaded
        CliTest.Run crash = CliTest.run("-q", "-o", out.toString(), "--segmenter", dir.resolve("no-such-model.gz").toString(), GOOD2);
        assertEquals(ExitCode.SOME_FAILED, crash.code());
        assertTrue(crash.err().startsWith("statclaim: internal error: java.lang.IllegalStateException: cannot load the CoreNLP Chinese models"),
                crash.err());
        assertEquals(1, crash.err().lines().count(), crash.err());
        assertEquals("precious old results\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
        // some inputs failed, others did not: their rows replace the old results
        CliTest.Run some = CliTest.run("-q", "-o", out.toString(), dir.resolve("missing.txt").toString(), GOOD2);
        assertEquals(ExitCode.SOME_FAILED, some.code());
        assertTrue(Files.readString(out).startsWith(CliTest.HEADER + "\n" + GOOD2 + ","));
    }

    @Test
    void theOutputIsTheSameWhateverTheNumberOfThreads(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), HtmlInputTest.page(Files.readString(Path.of(GOOD1))), StandardCharsets.UTF_8);
        Path bad = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2});
        String[] inputs = {"samples/", page.toString(), bad.toString(), dir.resolve("missing.txt").toString(), GOOD1};
        CliTest.Run one = CliTest.run(Stream.concat(Stream.of("-q", "--threads", "1"), Stream.of(inputs)).toArray(String[]::new));
        CliTest.Run two = CliTest.run(Stream.concat(Stream.of("-q", "--threads", "2"), Stream.of(inputs)).toArray(String[]::new));
        CliTest.Run three = CliTest.run(Stream.concat(Stream.of("-q", "--threads", "3", "--part-size", "2000"), Stream.of(inputs))
                .toArray(String[]::new));
        assertEquals(ExitCode.SOME_FAILED, one.code());
        assertTrue(one.out().lines().count() > 30, one.out());
        assertEquals(one.out(), two.out());
        assertEquals(one.err(), two.err());
        assertEquals(one.out(), three.out(), "in parts, on three threads");
        assertEquals(one.err(), three.err());
    }
}
