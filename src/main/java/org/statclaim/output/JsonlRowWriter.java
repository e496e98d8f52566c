package org.statclaim.output;

import java.io.IOException;
import java.io.Writer;

/** One JSON object per line, keys as the CSV header; numbers as JSON numbers, every empty cell (text or number) as null. */
final class JsonlRowWriter implements RowWriter {

    private final Writer out;

    JsonlRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Row row) throws IOException {
        StringBuilder sb = new StringBuilder("{");
        for (Column c : Column.values()) {
            if (c.ordinal() > 0) {
                sb.append(',');
            }
            sb.append('"').append(c.header()).append("\":");
            String v = row.get(c);
            if (v.isEmpty()) {
                sb.append("null"); // an empty cell, text or number alike
            } else if (c.numeric()) {
                sb.append(v);
            } else {
                quote(sb, v);
            }
        }
        sb.append("}\n");
        out.write(sb.toString());
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
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
