package org.statclaim.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes rows in one output format. */
public interface RowWriter extends Closeable {

    void write(Row row) throws IOException;

    /** Hands what was written so far to the destination (after each document: a pipe's reader sees it, a write error shows). */
    void flush() throws IOException;

    /** The output formats, by the names the command line gives them. */
    enum Format {
        CSV("csv"), TSV("tsv"), JSONL("jsonl");

        private final String code;

        Format(String code) {
            this.code = code;
        }

        /** {@code csv}, {@code tsv} or {@code jsonl}. */
        public String code() {
            return code;
        }

        /** The format named {@code code} in any case ({@code csv}, {@code TSV}, {@code JSONL}), or null. */
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

    /** The writer for {@code format} over {@code out}, every column, a header; {@code excelSafe} for CSV and TSV only. */
    static RowWriter of(Format format, Writer out, boolean excelSafe) throws IOException {
        return of(format, out, excelSafe, List.of(Column.values()), true);
    }

    /**
     * The writer for {@code format} over {@code out} that writes {@code columns} in their order
     * ({@code --columns}) and, for CSV and TSV, a header row first if {@code header} (JSON Lines
     * has none); {@code excelSafe} for CSV and TSV only.
     */
    static RowWriter of(Format format, Writer out, boolean excelSafe, List<Column> columns, boolean header) throws IOException {
        return switch (format) {
            case CSV -> new CsvRowWriter(out, ',', columns, header, excelSafe);
            case TSV -> new CsvRowWriter(out, '\t', columns, header, excelSafe);
            case JSONL -> new JsonlRowWriter(out, columns);
        };
    }
}
