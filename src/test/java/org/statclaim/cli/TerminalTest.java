package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * statclaim in a terminal: run under a pseudo-terminal ({@code script}, util-linux) with stdout
 * and stderr on the same terminal, the transcript replayed as a terminal shows it (carriage
 * return, erase to end of line). Skipped where {@code script} is missing.
 */
class TerminalTest {

    static final int COLUMNS = 40;
    static final String ERASE = "\r\033[K";

    static boolean hasScript() {
        try {
            return new ProcessBuilder("script", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code statclaim args} under a pseudo-terminal of {@link #COLUMNS} columns (told by $COLUMNS). */
    static Process underTerminal(String... args) throws IOException {
        String cmd = ProcessTest.statclaim(args).stream().map(a -> "'" + a.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" ", "exec ", ""));
        ProcessBuilder pb = new ProcessBuilder("script", "-qefc", cmd, "/dev/null").redirectErrorStream(true);
        pb.environment().put("COLUMNS", Integer.toString(COLUMNS));
        return pb.start(); // stdin stays an open pipe: script must not see an end of input
    }

    /** The lines a terminal shows for {@code raw}: {@code \r} goes back to column 0, ESC[K erases to the end of the line. */
    static List<String> screen(String raw) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int col = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                col = 0;
            } else if (c == '\r') {
                col = 0;
            } else if (raw.startsWith("\033[K", i)) {
                line.setLength(col);
                i += 2;
            } else {
                if (col < line.length()) {
                    line.setCharAt(col, c);
                } else {
                    line.append(c);
                }
                col++;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** What was drawn after each erase up to the next carriage return: the transient lines (data after an erase ends a line). */
    static List<String> drawn(String raw) {
        List<String> out = new ArrayList<>();
        for (int i = raw.indexOf(ERASE); i >= 0; i = raw.indexOf(ERASE, i + 1)) {
            int end = i + ERASE.length();
            while (end < raw.length() && raw.charAt(end) != '\r' && raw.charAt(end) != '\n') {
                end++;
            }
            if (end == raw.length() || raw.charAt(end) == '\r') {
                out.add(raw.substring(i + ERASE.length(), end));
            }
        }
        return out;
    }

    @Test
    void barAndDataNeverShareALineAndTheBarFitsTheTerminal(@TempDir Path dir) throws Exception {
        assumeTrue(hasScript(), "no script(1) on this platform");
        Files.writeString(dir.resolve("a.txt"), "营收增长了5%。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-关于二零二三年全国居民人均可支配收入增长情况的统计公报全文.txt"), "利润下降了7%。", StandardCharsets.UTF_8);
        Files.write(dir.resolve("c.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(dir.resolve("d.txt"), "人口达到1200万人。", StandardCharsets.UTF_8);
        Process p = underTerminal("--threads", "1", dir.toString());
        String raw = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertEquals(ExitCode.SOME_FAILED, ProcessTest.exit(p), raw);
        List<String> screen = screen(raw);
        // each output line is whole: the header, the rows, the error, the summary, nothing glued to a bar
        assertTrue(screen.get(0).startsWith("doc,id,sentence,"), screen.toString());
        for (String line : screen) {
            assertFalse(line.contains("] ") && line.contains("/4 "), "a bar left on screen: " + line);
            assertFalse(line.contains("loading"), "the loading line left on screen: " + line);
            assertTrue(line.startsWith("doc,id,") || line.startsWith(dir + "/") || line.startsWith("statclaim: "), line);
        }
        assertTrue(screen.contains("statclaim: " + dir + "/c.txt: binary file (contains NUL bytes)"), screen.toString());
        assertEquals(1, screen.stream().filter(l -> l.startsWith(dir + "/b-")).count(), screen.toString());
        // the models take a while: a line says so before the first row
        int loading = raw.indexOf("statclaim: loading the Chinese models");
        assertTrue(loading >= 0 && loading < raw.indexOf("doc,id,"), raw);
        // every transient line fits the terminal (a CJK character is two columns), so none wraps and stacks
        List<String> bars = drawn(raw);
        assertTrue(bars.stream().anyMatch(b -> b.contains("/4 ")), raw);
        for (String b : bars) {
            assertTrue(Progress.width(b) < COLUMNS, b + " is " + Progress.width(b) + " columns");
        }
        assertTrue(bars.stream().anyMatch(b -> b.contains("\u2026") && b.endsWith(".txt") && b.contains("/4 ")), bars.toString());
    }

    @Test
    void withoutPathATerminalOnStdinIsAUsageError() throws Exception {
        assumeTrue(hasScript(), "no script(1) on this platform");
        Process p = underTerminal("--dump-text");
        String raw = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertEquals(ExitCode.USAGE, ProcessTest.exit(p), raw);
        assertEquals(List.of("statclaim: missing PATH (a file, a directory, or - for stdin)", "Try 'statclaim --help' for more information."),
                screen(raw));
    }

    @Test
    void ctrlCLeavesACleanLine(@TempDir Path dir) throws Exception {
        assumeTrue(hasScript(), "no script(1) on this platform");
        Files.writeString(dir.resolve("a.txt"), "营收增长了5%。", StandardCharsets.UTF_8);
        Process p = underTerminal(dir.resolve("a.txt").toString());
        InputStream in = p.getInputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        // wait for the loading line (the models are still loading), then Ctrl-C
        while (!seen.toString(StandardCharsets.UTF_8).contains("loading the Chinese models")) {
            int b = in.read();
            assertTrue(b >= 0, "ended before the loading line: " + seen);
            seen.write(b);
        }
        ProcessHandle java = p.toHandle().descendants().filter(h -> h.info().command().orElse("").endsWith("java")).findFirst()
                .orElseThrow();
        assertEquals(0, ProcessTest.exit(new ProcessBuilder("kill", "-INT", Long.toString(java.pid())).start()));
        seen.write(in.readAllBytes());
        ProcessTest.exit(p);
        String raw = seen.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertTrue(raw.endsWith(ERASE), "the line is erased on the way out: " + raw.replace("\033", "ESC").replace("\r", "CR"));
        assertTrue(screen(raw).stream().allMatch(String::isEmpty), screen(raw).toString());
    }
}
