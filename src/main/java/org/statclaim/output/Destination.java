package org.statclaim.output;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the data goes, claims or {@code --dump-text} alike: a file written atomically
 * ({@link AtomicFile}: it becomes the target only on {@link #finish(boolean) finish(true)}) or
 * stdout, in UTF-8, optionally after a byte-order mark.
 */
public final class Destination implements AutoCloseable {

    private final AtomicFile file;
    private final Writer writer;

    private Destination(AtomicFile file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    /** {@code file} (null: {@code stdout}, which is flushed but never closed), with a UTF-8 BOM if {@code bom}. */
    public static Destination open(Path file, Writer stdout, boolean bom) throws IOException {
        AtomicFile f = file == null ? null : new AtomicFile(file);
        Writer w = f == null ? new NoClose(stdout) : new BufferedWriter(new OutputStreamWriter(f.stream(), StandardCharsets.UTF_8));
        Destination d = new Destination(f, w);
        if (bom) {
            w.write('\uFEFF'); // UTF-8 byte-order mark: EF BB BF
        }
        return d;
    }

    public Writer writer() {
        return writer;
    }

    /** True when the data goes to a file. */
    public boolean isFile() {
        return file != null;
    }

    /** Flushes what was written; a file becomes the target's if {@code keep}, else the target stays as it was. */
    public void finish(boolean keep) throws IOException {
        writer.flush();
        if (file != null && keep) {
            file.commit();
        }
    }

    /** Without {@link #finish(boolean) finish(true)}, an output file's target stays as it was. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    /** The command line's stdout writer must stay open after the row writer is closed. */
    private static final class NoClose extends FilterWriter {
        NoClose(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
