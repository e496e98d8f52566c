package org.statclaim.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/** Writes rows in one output format. */
public interface RowWriter extends Closeable {

    void write(Row row) throws IOException;

    /** Hands what was written so far to the destination (after each document: a pipe's reader sees it, a write error shows). */
    void flush() throws IOException;

    /** The output formats, by the names the command line gives them. */
    enum Format {
        CSV("csv"), JSONL("jsonl");

        private final String code;

        Format(String code) {
            this.code = code;
        }

        /** {@code csv} or {@code jsonl}. */
        public String code() {
            return code;
        }

        /** The format named {@code code} in any case ({@code csv}, {@code JSONL}), or null. */
        public static Format byCode(String code) {
            for (Format f : values()) {
                if (f.code.equalsIgnoreCase(code)) {
                    return f;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /** The writer for {@code format} over {@code out}; {@code excelSafe} for CSV only. */
    static RowWriter of(Format format, Writer out, boolean excelSafe) throws IOException {
        return switch (format) {
            case CSV -> new CsvRowWriter(out, excelSafe);
            case JSONL -> new JsonlRowWriter(out);
        };
    }
}
