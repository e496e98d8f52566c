package org.statclaim.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One JSON object per line ({@link JsonRows#object}), keys as the CSV header; numbers as JSON numbers, every empty cell (text or number) as null. */
final class JsonlRowWriter implements RowWriter {

    private final Writer out;
    private final List<Column> columns;

    /** Objects with the keys of {@code columns}, in their order. */
    JsonlRowWriter(Writer out, List<Column> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
    }

    @Override
    public void write(Row row) throws IOException {
        out.write(JsonRows.object(row, columns) + "\n");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
