package org.statclaim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.statclaim.output.Column;
import org.statclaim.output.Destination;
import org.statclaim.output.RowWriter;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** Where and how the rows (or {@code --dump-text}'s texts) are written, as a picocli mixin. */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed when complete; a link's file is replaced, the"
                    + " link stays; a device or FIFO is written in place). Default, or -: stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = FormatName.class,
            description = "csv (default), tsv or jsonl (any case). TSV quotes a cell holding a tab, line break or \" as CSV does.")
    RowWriter.Format format;

    @Option(names = "--columns", paramLabel = "NAMES", split = ",", converter = ColumnName.class,
            description = "Write only these columns, in this order: names of the header, comma-separated (doc,mention,value,unit).")
    List<Column> columns;

    @Option(names = "--no-header", description = "No header row (CSV and TSV; JSON Lines has none).")
    boolean noHeader;

    @Option(names = "--bom", description = "Start the output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Option(names = "--excel-safe", description = "Prefix text cells starting with = + - @ with ' (CSV injection).")
    boolean excelSafe;

    @Option(names = "--summary-json", paramLabel = "FILE",
            description = "Also write a summary of the run as one JSON object to FILE (atomically): documents, claims, failed"
                    + " inputs with their reason, exit code. - is stdout, when -o names a file.")
    Path summaryJson;

    /** The output file, or null: stdout (no {@code -o}, or {@code -o -}). */
    public Path output() {
        return Destination.isStdout(output) ? null : output;
    }

    /**
     * A usage error for options that cannot work, found before any work is done: an output that is
     * a directory or lies in a folder that does not exist, a byte-order mark in JSON Lines, a
     * summary that would share stdout or the file with the rows.
     */
    public void check(CommandLine cl) {
        String problem = Destination.problem(output);
        if (problem != null) {
            throw new ParameterException(cl, "-o " + output + ": " + problem);
        }
        if (bom && format == RowWriter.Format.JSONL) {
            throw new ParameterException(cl, "--bom is for CSV read by Excel; JSON readers reject a byte-order mark");
        }
        if (columns != null && columns.stream().distinct().count() < columns.size()) {
            throw new ParameterException(cl, "--columns names a column twice: " + columns.stream().map(Column::header).collect(Collectors.joining(",")));
        }
        if (summaryJson != null) {
            if (Destination.isStdout(summaryJson) && output() == null) {
                throw new ParameterException(cl, "--summary-json - writes to stdout, which has the rows: give -o FILE, or a FILE for the summary");
            }
            String p = Destination.problem(summaryJson);
            if (p != null) {
                throw new ParameterException(cl, "--summary-json " + summaryJson + ": " + p);
            }
            if (output() != null && !Destination.isStdout(summaryJson)
                    && Destination.sameFile(output(), summaryJson)) {
                throw new ParameterException(cl, "--summary-json " + summaryJson + ": the same file as -o");
            }
        }
    }

    public RowWriter.Format format() {
        return format;
    }

    /** The columns to write, in order: those of {@code --columns}, else all. */
    public List<Column> columns() {
        return columns == null ? List.of(Column.values()) : columns;
    }

    /** Whether CSV and TSV start with a header row. */
    public boolean header() {
        return !noHeader;
    }

    public boolean bom() {
        return bom;
    }

    public boolean excelSafe() {
        return excelSafe;
    }

    /** {@code --summary-json}: the file (or {@code -}, stdout), or null: no summary. */
    public Path summaryJson() {
        return summaryJson;
    }

    /** {@code --format}: {@code csv}, {@code tsv} or {@code jsonl}, in any case. */
    static final class FormatName implements ITypeConverter<RowWriter.Format> {
        @Override
        public RowWriter.Format convert(String value) {
            RowWriter.Format f = RowWriter.Format.byCode(value);
            if (f == null) {
                throw new TypeConversionException("must be csv, tsv or jsonl, not '" + value + "'");
            }
            return f;
        }
    }

    /** A name of {@code --columns}: a header name, in any case. */
    static final class ColumnName implements ITypeConverter<Column> {
        @Override
        public Column convert(String value) {
            Column c = Column.byHeader(value.strip());
            if (c == null) {
                throw new TypeConversionException((value.isBlank() ? "an empty column name" : "unknown column '" + value.strip() + "'")
                        + "; the columns are " + Stream.of(Column.values()).map(Column::header).collect(Collectors.joining(",")));
            }
            return c;
        }
    }
}
