package org.statclaim.cli;

import java.nio.file.Path;
import org.statclaim.output.RowWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Where and how the rows (or {@code --dump-text}'s texts) are written, as a picocli mixin. */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed when complete). Default: stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = FormatName.class,
            description = "csv (default) or jsonl.")
    RowWriter.Format format;

    @Option(names = "--bom", description = "Start the output with a UTF-8 byte-order mark (for Excel).")
    boolean bom;

    @Option(names = "--excel-safe", description = "Prefix text cells starting with = + - @ with ' (CSV injection).")
    boolean excelSafe;

    /** The output file, or null: stdout. */
    public Path output() {
        return output;
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

    /** {@code --format}: {@code csv} or {@code jsonl}, in lower case. */
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
