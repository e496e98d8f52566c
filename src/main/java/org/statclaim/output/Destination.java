package org.statclaim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the data goes, claims or {@code --dump-text} alike, in UTF-8, optionally after a
 * byte-order mark:
 * <ul>
 * <li>stdout (no {@code -o}, or {@code -o -}), flushed but never closed;</li>
 * <li>a regular file (or a new one), written atomically ({@link AtomicFile}: it becomes the target
 * only on {@link #finish(boolean) finish(true)}); a symbolic link is followed and the file it
 * names is replaced, the link stays;</li>
 * <li>anything else that exists and is not a directory (a device such as {@code /dev/null}, a
 * FIFO, {@code /dev/stdout}): written in place, never replaced by a regular file.</li>
 * </ul>
 * Every write error is a {@link WriteError} naming the destination: a full disk or a closed pipe
 * stops the run instead of losing rows silently.
 */
public final class Destination implements AutoCloseable {

    /** A write to the destination failed: the message names it and says why. */
    public static final class WriteError extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean brokenPipe;

        WriteError(String name, IOException cause) {
            super(name + ": cannot write: " + reason(cause), cause);
            this.brokenPipe = reason(cause).toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
        }

        /** The reader of a pipe is gone ({@code | head}): not an error of ours, the run just stops. */
        public boolean brokenPipe() {
            return brokenPipe;
        }

        private static String reason(IOException e) {
            if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
                return fse.getReason();
            }
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private final String name;
    private final AtomicFile file;
    private final OutputStream direct;
    private final Writer writer;

    private Destination(String name, AtomicFile file, OutputStream direct, Writer writer) {
        this.name = name;
        this.file = file;
        this.direct = direct;
        this.writer = new Guarded(writer, name, writer instanceof PrintWriter pw ? pw : null);
    }

    /** True when {@code -o} names stdout ({@code -o -}). */
    public static boolean isStdout(Path file) {
        return file == null || file.toString().equals("-");
    }

    /**
     * Why {@code file} cannot be an output, in a few words, or null when it can: a directory, a
     * file in a folder that does not exist, a folder where no file can be created. Asked before
     * any work is done.
     */
    public static String problem(Path file) {
        if (isStdout(file)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return null; // a device or FIFO: written in place
        }
        Path target = followLinks(file).toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.exists(dir)) {
            return "no such directory: " + (dir == null ? target : dir);
        }
        if (!Files.isDirectory(dir)) {
            return "not a directory: " + dir;
        }
        if (!Files.isWritable(dir)) {
            return "permission denied: cannot create a file in " + dir;
        }
        return null;
    }

    /** True when {@code a} and {@code b} name one file (links followed; files that do not exist yet by their paths). */
    public static boolean sameFile(Path a, Path b) {
        Path x = followLinks(a).toAbsolutePath().normalize();
        Path y = followLinks(b).toAbsolutePath().normalize();
        try {
            return x.equals(y) || Files.exists(x) && Files.exists(y) && Files.isSameFile(x, y);
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code p} with its symbolic links followed, as far as they go (a dangling link gives the path it names). */
    static Path followLinks(Path p) {
        for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
            try {
                Path link = Files.readSymbolicLink(p);
                Path parent = p.toAbsolutePath().getParent();
                p = parent == null ? link : parent.resolve(link).normalize();
            } catch (IOException e) {
                return p;
            }
        }
        return p;
    }

    /**
     * {@code file} ({@code null} or {@code -}: {@code stdout}, which is flushed but never closed),
     * with a UTF-8 BOM if {@code bom}.
     */
    public static Destination open(Path file, Writer stdout, boolean bom) throws IOException {
        Destination d;
        if (isStdout(file)) {
            d = new Destination("stdout", null, null, stdout);
        } else if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            OutputStream s = Files.newOutputStream(file);
            d = new Destination(file.toString(), null, s, new BufferedWriter(new OutputStreamWriter(s, StandardCharsets.UTF_8)));
        } else {
            AtomicFile f;
            try {
                f = new AtomicFile(Files.isSymbolicLink(file) ? followLinks(file) : file);
            } catch (IOException e) {
                throw new WriteError(file.toString(), e);
            }
            d = new Destination(file.toString(), f, null, new BufferedWriter(new OutputStreamWriter(f.stream(), StandardCharsets.UTF_8)));
        }
        if (bom) {
            d.writer.write('\uFEFF'); // UTF-8 byte-order mark: EF BB BF
        }
        return d;
    }

    public Writer writer() {
        return writer;
    }

    /** What the destination is called in messages: the file as given, or {@code stdout}. */
    public String name() {
        return name;
    }

    /** True when the data goes to a file written atomically (so a failed run leaves it as it was). */
    public boolean isFile() {
        return file != null;
    }

    /** Flushes what was written; a file becomes the target's if {@code keep}, else the target stays as it was. */
    public void finish(boolean keep) throws IOException {
        writer.flush();
        if (file != null && keep) {
            try {
                file.commit();
            } catch (IOException e) {
                throw new WriteError(name, e);
            }
        }
    }

    /** Without {@link #finish(boolean) finish(true)}, an output file's target stays as it was. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
        if (direct != null) {
            direct.close();
        }
    }

    /**
     * The writer handed out: every error is a {@link WriteError} naming the destination; closing it
     * only flushes (stdout stays open for the command line; a file is closed by the destination).
     * Over a {@link PrintWriter}, which swallows errors, the error is asked for after each write
     * ({@link StdoutWriter}) or flush ({@link PrintWriter#checkError()}).
     */
    private static final class Guarded extends Writer {
        private final Writer out;
        private final String name;
        private final PrintWriter print;

        Guarded(Writer out, String name, PrintWriter print) {
            this.out = out;
            this.name = name;
            this.print = print;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            try {
                out.write(buf, off, len);
            } catch (IOException e) {
                throw new WriteError(name, e);
            }
            if (print instanceof StdoutWriter s && s.error() != null) {
                throw new WriteError(name, s.error());
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            try {
                out.write(s, off, len);
            } catch (IOException e) {
                throw new WriteError(name, e);
            }
            if (print instanceof StdoutWriter sw && sw.error() != null) {
                throw new WriteError(name, sw.error());
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new WriteError(name, e);
            }
            if (print instanceof StdoutWriter s) {
                if (s.error() != null) {
                    throw new WriteError(name, s.error());
                }
            } else if (print != null && print.checkError()) {
                throw new WriteError(name, new IOException("write error"));
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
