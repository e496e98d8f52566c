package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No silent data loss and no surprise with {@code -o}: a writer that fails stops the run with a
 * named error and exit 1; {@code -o} into a missing folder or onto a folder is a usage error found
 * before anything is listed or loaded; a link, a FIFO or a device is written through, never
 * replaced; {@code -o -} is stdout. The process-level cases (/dev/full, a closed pipe) are in
 * {@link ProcessTest}.
 */
class OutputSafetyTest {

    static final String DOC = "samples/002_f0faf66cd39f5d72.txt";

    /** A stdout that takes {@code room} characters, then fails as a full disk does. */
    static final class FullWriter extends Writer {
        final StringBuilder taken = new StringBuilder();
        final int room;

        FullWriter(int room) {
            this.room = room;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            if (taken.length() + len > room) {
                throw new IOException("No space left on device");
            }
            taken.append(buf, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The run with {@code args}, the command's afterListing seam noting whether inputs were ever listed. */
    static CliTest.Run runNoting(AtomicBoolean listed, String... args) {
        StatclaimCommand.afterListing = inputs -> listed.set(true);
        try {
            return CliTest.run(args);
        } finally {
            StatclaimCommand.afterListing = null;
        }
    }

    @Test
    void aFailingStdoutIsAnErrorNotASuccess() {
        for (boolean dump : new boolean[] {true, false}) {
            FullWriter full = new FullWriter(300);
            StringWriter err = new StringWriter();
            String[] args = dump ? new String[] {"--dump-text", DOC, DOC} : new String[] {DOC, DOC};
            int code = Main.run(new PrintWriter(full), new PrintWriter(err), args);
            assertEquals(ExitCode.SOME_FAILED, code, err.toString());
            assertTrue(err.toString().startsWith("statclaim: stdout: cannot write"), err.toString());
            assertFalse(err.toString().contains("document"), "no summary claiming the documents were done: " + err);
        }
    }

    @Test
    void theStdoutWriterKeepsTheErrorAPrintWriterWouldSwallow() {
        org.statclaim.output.StdoutWriter w = new org.statclaim.output.StdoutWriter(new FullWriter(3));
        w.print("ab");
        w.println();
        assertEquals(null, w.error());
        w.print("cd");
        assertEquals("No space left on device", w.error().getMessage());
        assertTrue(w.checkError());
    }

    @Test
    void outputIntoAMissingFolderOrOntoAFolderIsAUsageErrorBeforeTheRun(@TempDir Path dir) {
        for (String target : List.of(dir.resolve("no/such/dir/out.csv").toString(), dir.toString(), dir + "/")) {
            AtomicBoolean listed = new AtomicBoolean();
            CliTest.Run r = runNoting(listed, "-o", target, "samples");
            assertEquals(ExitCode.USAGE, r.code(), target);
            List<String> lines = r.err().lines().toList();
            assertEquals(2, lines.size(), r.err());
            assertTrue(lines.get(0).startsWith("statclaim: -o " + Path.of(target) + ": "), r.err());
            assertTrue(lines.get(0).endsWith("is a directory") || lines.get(0).contains("no such directory"), r.err());
            assertEquals("Try 'statclaim --help' for more information.", lines.get(1));
            assertFalse(listed.get(), "found before the inputs are listed (and the models loaded)");
        }
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void aLinkIsFollowedAndStays(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        CliTest.Run r = CliTest.run("-q", "--dump-text", "-o", link.toString(), DOC);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is not replaced by a file");
        assertEquals(Files.readString(Path.of(DOC)), Files.readString(real));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "no temporary file left");
        }
        // a dangling link: the file it names is created
        Path dangling = Files.createSymbolicLink(dir.resolve("new.csv"), Path.of("made.csv"));
        assertEquals(ExitCode.OK, CliTest.run("-q", "--dump-text", "-o", dangling.toString(), DOC).code());
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(Files.readString(Path.of(DOC)), Files.readString(dir.resolve("made.csv")));
    }

    @Test
    void aFifoIsWrittenThroughNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(mkfifo(fifo), "mkfifo is not available on this platform");
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliTest.Run r = CliTest.run("-q", "--dump-text", "-o", fifo.toString(), DOC);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(Files.readString(Path.of(DOC)), new String(read.get(), StandardCharsets.UTF_8));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a FIFO");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file beside it");
        }
    }

    @Test
    void aDeviceIsWrittenThroughNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null on this platform");
        Object before = Files.getAttribute(devNull, "unix:rdev");
        CliTest.Run r = CliTest.run("-q", "--dump-text", "-o", "/dev/null", DOC);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.out());
        assertFalse(Files.isRegularFile(devNull));
        assertEquals(before, Files.getAttribute(devNull, "unix:rdev"), "the same device node");
    }

    @Test
    void aFullDeviceIsACleanErrorNamingTheFile() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this platform");
        CliTest.Run r = CliTest.run("--dump-text", "-o", "/dev/full", DOC);
        assertEquals(ExitCode.SOME_FAILED, r.code());
        assertTrue(r.err().startsWith("statclaim: /dev/full: cannot write: No space left on device"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void dashIsStdout(@TempDir Path dir) throws IOException {
        CliTest.Run r = CliTest.run("-q", "--dump-text", "-o", "-", DOC);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(Files.readString(Path.of(DOC)), r.out());
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    @Test
    void bomIsRefusedForJsonLines() {
        CliTest.Run r = CliTest.run("--bom", "--format", "jsonl", DOC);
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--bom"), r.err());
    }

    static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aFullDiskLeavesTheOldFileAndNoTemporary() throws Exception {
        Path mnt = Files.createTempDirectory("statclaim-tmpfs");
        try {
            boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", mnt.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
            assumeTrue(mounted, "cannot mount a small tmpfs here (needs root): the writer-level cases cover the rest");
            try {
                Path out = Files.writeString(mnt.resolve("claims.csv"), "old\n");
                CliTest.Run r = CliTest.run("--dump-text", "-o", out.toString(), "samples");
                assertEquals(ExitCode.SOME_FAILED, r.code());
                assertEquals("statclaim: " + out + ": cannot write: No space left on device (left as it was)\n", r.err());
                assertEquals("old\n", Files.readString(out));
                try (Stream<Path> s = Files.list(mnt)) {
                    assertEquals(List.of(out), s.toList(), "the temporary file is removed");
                }
            } finally {
                new ProcessBuilder("umount", mnt.toString()).start().waitFor();
            }
        } finally {
            Files.deleteIfExists(mnt);
        }
    }
}
