package org.statclaim.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/** Writes rows in one output format. */
public interface RowWriter extends Closeable {

    void write(Row row) throws IOException;

    /** The writer for {@code format} ("csv" or "jsonl") over {@code out}. */
    static RowWriter of(String format, Writer out, boolean excelSafe) throws IOException {
        return switch (format) {
            case "csv" -> new CsvRowWriter(out, excelSafe);
            case "jsonl" -> new JsonlRowWriter(out);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }
}
