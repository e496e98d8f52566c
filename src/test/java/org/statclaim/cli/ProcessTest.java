package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * statclaim as a process, the way a shell runs it: stdout on {@code /dev/full}, a pipe whose
 * reader goes away ({@code | head}), the launcher called through a symbolic link, stdin as the
 * document or the list of paths. Each uses
 * {@code --dump-text} or {@code -V} (no models), so each costs a JVM start only; the terminal
 * cases are in {@link TerminalTest}. Skipped where the platform lacks {@code /dev/full} or a
 * POSIX shell.
 */
class ProcessTest {

    static final String DOC = "samples/002_f0faf66cd39f5d72.txt";

    /** The command running statclaim's Main in a new JVM on this test's class path. */
    static List<String> statclaim(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.statclaim.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static String text(InputStream s) throws IOException {
        return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Waits for {@code p}, a guard against a hang only (not a speed bar). */
    static int exit(Process p) throws InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the process did not end");
        }
        return p.exitValue();
    }

    @Test
    void aFullStdoutIsAnErrorAndExitOne() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "no /dev/full on this platform");
        Process p = new ProcessBuilder(statclaim("--dump-text", DOC, DOC)).redirectOutput(full).start();
        String err = text(p.getErrorStream());
        assertEquals(ExitCode.SOME_FAILED, exit(p), err);
        assertEquals("statclaim: stdout: cannot write: No space left on device\n", err, "one line, no summary of success");
    }

    @Test
    void aClosedPipeStopsTheRunQuietly() throws Exception {
        assumeTrue(new File("/dev/full").exists(), "not a Linux-like platform");
        // far more text than a pipe holds: the run is still writing when the reader goes
        List<String> args = new ArrayList<>(List.of("--dump-text"));
        for (int i = 0; i < 40; i++) {
            args.add("samples");
        }
        Process p = new ProcessBuilder(statclaim(args.toArray(String[]::new))).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine(); // | head -1
        out.close();
        String err = text(p.getErrorStream());
        assertEquals(ExitCode.BROKEN_PIPE, exit(p), err);
        assertTrue(first.startsWith("==> samples/"), first);
        assertEquals("", err, "quiet: no error, no summary");
    }

    @Test
    void withoutPathAPipeOnStdinIsTheDocument() throws Exception {
        assumeTrue(new File("/dev/fd/0").exists(), "no /dev/fd on this platform");
        Process p = new ProcessBuilder(statclaim("--dump-text")).start();
        try (var in = p.getOutputStream()) {
            in.write("\u8425\u6536\u589e\u957f\u4e8625%\u3002\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = text(p.getInputStream());
        String err = text(p.getErrorStream());
        assertEquals(0, exit(p), err);
        assertEquals("\u8425\u6536\u589e\u957f\u4e8625%\u3002\n", out);
        assertTrue(err.startsWith("statclaim: 1 document, "), err);
    }

    @Test
    void withoutPathAFileOnStdinIsTheDocumentNamedDash(@TempDir Path dir) throws Exception {
        assumeTrue(new File("/dev/fd/0").exists(), "no /dev/fd on this platform");
        Process p = new ProcessBuilder(statclaim("--dump-text", "-q")).redirectInput(new File(DOC)).start();
        String out = text(p.getInputStream());
        assertEquals(0, exit(p), text(p.getErrorStream()));
        assertEquals(Files.readString(Path.of(DOC), StandardCharsets.UTF_8).substring(0, 20), out.substring(0, 20));
        // its name is -, as in the doc column
        Path binary = Files.write(dir.resolve("binary"), new byte[] {'a', 0, 'b'});
        Process b = new ProcessBuilder(statclaim("--dump-text", "-q")).redirectInput(binary.toFile()).start();
        String err = text(b.getErrorStream());
        assertEquals(ExitCode.SOME_FAILED, exit(b), err);
        assertEquals("statclaim: -: binary file (contains NUL bytes)\n", err);
    }

    @Test
    void withoutPathNullStdinIsStillAUsageError() throws Exception {
        assumeTrue(new File("/dev/null").exists(), "no /dev/null on this platform");
        Process p = new ProcessBuilder(statclaim("--dump-text")).redirectInput(new File("/dev/null")).start();
        String out = text(p.getInputStream());
        String err = text(p.getErrorStream());
        assertEquals(ExitCode.USAGE, exit(p), err);
        assertEquals("", out);
        assertTrue(err.startsWith("statclaim: missing PATH"), err);
    }

    @Test
    void filesFromStdinSeparatedByNul() throws Exception {
        assumeTrue(new File("/dev/fd/0").exists(), "no /dev/fd on this platform");
        Process p = new ProcessBuilder(statclaim("--dump-text", "-q", "--files-from", "-", "-0")).start();
        try (var in = p.getOutputStream()) {
            in.write((DOC + "\0samples/004_1ab19c765da75e46.txt\0").getBytes(StandardCharsets.UTF_8));
        }
        String out = text(p.getInputStream());
        assertEquals(0, exit(p), text(p.getErrorStream()));
        assertEquals(List.of("==> " + DOC + " <==", "==> samples/004_1ab19c765da75e46.txt <=="),
                out.lines().filter(l -> l.startsWith("==> ")).toList());
    }

    @Test
    void theLauncherWorksThroughASymlinkFromAnAppDirectory(@TempDir Path dir) throws Exception {
        Path sh = Path.of("/bin/sh");
        assumeTrue(Files.isExecutable(sh), "no POSIX shell");
        // an app directory as ./mvnw -Pdist package lays it out: bin/statclaim, lib/*.jar (here the few -V needs)
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(app.resolve("bin"));
        Path lib = Files.createDirectories(app.resolve("lib"));
        Path launcher = Files.copy(Path.of("bin/statclaim"), app.resolve("bin/statclaim"));
        assertTrue(launcher.toFile().setExecutable(true));
        jar(Path.of("target/classes"), lib.resolve("statclaim.jar"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("picocli")) {
                Files.createSymbolicLink(lib.resolve(Path.of(entry).getFileName()), Path.of(entry).toAbsolutePath());
            }
        }
        // on PATH as a relative link, called through a second link
        Path onPath = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(onPath.resolve("statclaim-real"), Path.of("../app/bin/statclaim"));
        Files.createSymbolicLink(onPath.resolve("statclaim"), Path.of("statclaim-real"));
        ProcessBuilder pb = new ProcessBuilder(sh.toString(), "-c", "statclaim -V").directory(dir.toFile());
        pb.environment().put("PATH", onPath + File.pathSeparator + Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + pb.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        Process p = pb.start();
        String out = text(p.getInputStream());
        String err = text(p.getErrorStream());
        assertEquals(0, exit(p), err);
        assertTrue(out.startsWith("statclaim "), out + err);
    }

    /** A jar of the files under {@code dir}. */
    static void jar(Path dir, Path jar) throws IOException {
        try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                j.putNextEntry(new java.util.jar.JarEntry(dir.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
    }
}
