package org.statclaim.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The process's stdout as the {@link PrintWriter} picocli wants, but one that keeps the first
 * write error instead of swallowing it (a plain {@link PrintWriter} only sets a flag): a full disk,
 * {@code /dev/full} or a pipe whose reader is gone ({@code | head}) must stop the run, named.
 * {@link Destination} asks {@link #error()} after each flush.
 */
public final class StdoutWriter extends PrintWriter {

    private volatile IOException error;

    public StdoutWriter(Writer out) {
        super(out, false);
    }

    /** The first write or flush error, or null. */
    public IOException error() {
        return error;
    }

    private void fail(IOException e) {
        if (error == null) {
            error = e;
        }
        setError();
    }

    @Override
    public void write(int c) {
        synchronized (lock) {
            try {
                out.write(c);
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (lock) {
            try {
                out.write(buf, off, len);
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    @Override
    public void write(String s, int off, int len) {
        synchronized (lock) {
            try {
                out.write(s, off, len);
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    @Override
    public void println() {
        write(System.lineSeparator());
    }

    @Override
    public void flush() {
        synchronized (lock) {
            try {
                out.flush();
            } catch (IOException e) {
                fail(e);
            }
        }
    }
}
