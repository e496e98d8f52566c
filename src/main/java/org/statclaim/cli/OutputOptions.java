package org.statclaim.cli;

import java.nio.file.Path;
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
            description = "csv (default) or jsonl (any case).")
    RowWriter.Format format;

    @Option(names = "--bom", description = "Start the output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Option(names = "--excel-safe", description = "Prefix text cells starting with = + - @ with ' (CSV injection).")
    boolean excelSafe;

    /** The output file, or null: stdout (no {@code -o}, or {@code -o -}). */
    public Path output() {
        return Destination.isStdout(output) ? null : output;
    }

    /**
     * A usage error for options that cannot work, found before any work is done: an output that is
     * a directory or lies in a folder that does not exist, a byte-order mark in JSON Lines.
     */
    public void check(CommandLine cl) {
        String problem = Destination.problem(output);
        if (problem != null) {
            throw new ParameterException(cl, "-o " + output + ": " + problem);
        }
        if (bom && format == RowWriter.Format.JSONL) {
            throw new ParameterException(cl, "--bom is for CSV read by Excel; JSON readers reject a byte-order mark");
        }
    }

    public RowWriter.Format format() {
        return format;
    }

    public boolean bom() {
        return bom;
    }

    public boolean excelSafe() {
        return excelSafe;
    }

    /** {@code --format}: {@code csv} or {@code jsonl}, in any case. */
    static final class FormatName implements ITypeConverter<RowWriter.Format> {
        @Override
        public RowWriter.Format convert(String value) {
            RowWriter.Format f = RowWriter.Format.byCode(value);
            if (f == null) {
                throw new TypeConversionException("must be csv or jsonl, not '" + value + "'");
            }
            return f;
        }
    }
}
