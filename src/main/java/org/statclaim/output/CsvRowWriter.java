package org.statclaim.output;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV with one header row, as the contract says. */
final class CsvRowWriter implements RowWriter {

    private final CSVPrinter printer;
    private final boolean excelSafe;

    CsvRowWriter(Writer out, boolean excelSafe) throws IOException {
        String[] header = new String[Column.values().length];
        for (Column c : Column.values()) {
            header[c.ordinal()] = c.header();
        }
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").build());
        this.excelSafe = excelSafe;
    }

    @Override
    public void write(Row row) throws IOException {
        for (Column c : Column.values()) {
            String v = row.get(c);
            if (excelSafe && !c.numeric() && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v; // a spreadsheet must not run a cell as a formula
            }
            printer.print(v);
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
