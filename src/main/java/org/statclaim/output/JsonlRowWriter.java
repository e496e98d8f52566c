package org.statclaim.output;

import java.io.IOException;
import java.io.Writer;

/** One JSON object per line ({@link JsonRows#object}), keys as the CSV header; numbers as JSON numbers, every empty cell (text or number) as null. */
final class JsonlRowWriter implements RowWriter {

    private final Writer out;

    JsonlRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Row row) throws IOException {
        out.write(JsonRows.object(row) + "\n");
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
