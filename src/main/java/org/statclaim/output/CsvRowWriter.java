package org.statclaim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV with one header row, as the contract says; or, with a tab as the delimiter, TSV
 * quoted the same way: a cell holding a tab, a line break or a double quote is written in double
 * quotes with its quotes doubled, which Python's csv ({@code excel-tab}), pandas
 * ({@code read_csv(sep="\t")}), csvkit ({@code -t}), Excel and LibreOffice read back.
 *
 * <pre>
 * doc	id	mention	context
 * a.txt	1	40%	"cell with a	tab"
 * </pre>
 */
final class CsvRowWriter implements RowWriter {

    private final CSVPrinter printer;
    private final boolean excelSafe;
    private final List<Column> columns;

    /** Writes {@code columns} in their order, separated by {@code delimiter}, after a header row if {@code header}. */
    CsvRowWriter(Writer out, char delimiter, List<Column> columns, boolean header, boolean excelSafe) throws IOException {
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\n");
        if (header) {
            format.setHeader(columns.stream().map(Column::header).toArray(String[]::new));
        }
        this.printer = new CSVPrinter(out, format.build());
        this.excelSafe = excelSafe;
        this.columns = List.copyOf(columns);
    }

    @Override
    public void write(Row row) throws IOException {
        for (Column c : columns) {
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
