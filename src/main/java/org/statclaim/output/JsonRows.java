package org.statclaim.output;

import java.util.List;

/**
 * A row as one JSON object, the keys the CSV header's names, numbers as JSON numbers and every
 * empty cell as {@code null} (what {@code --format jsonl} writes, one a line), and the JSON
 * string quoting it uses.
 *
 * <pre>
 * {"doc":"a.txt","id":1,"sentence":3,...,"value":40,"value_max":null,"kind":"percent",...}
 * </pre>
 */
public final class JsonRows {

    private JsonRows() {
    }

    /** The row as one JSON object, without a line break. */
    public static String object(Row row) {
        return object(row, List.of(Column.values()));
    }

    /** The row as one JSON object with the keys of {@code columns} only, in their order ({@code --columns}). */
    public static String object(Row row, List<Column> columns) {
        StringBuilder sb = new StringBuilder("{");
        for (Column c : columns) {
            if (sb.length() > 1) {
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
        return sb.append('}').toString();
    }

    /** Appends {@code s} as a JSON string; null as {@code null}. */
    public static StringBuilder quote(StringBuilder sb, String s) {
        return s == null ? sb.append("null") : quote(sb, s, false);
    }

    /**
     * Appends {@code s} as a JSON string. With {@code inScript} it is also safe inside an HTML
     * {@code <script>} block (the review page): {@code < > &} and unpaired surrogates (which UTF-8
     * cannot carry) are written as {@code \}{@code uXXXX} too.
     */
    static StringBuilder quote(StringBuilder sb, String s, boolean inScript) {
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
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029' || inScript && (ch == '<' || ch == '>' || ch == '&')) {
                        escape(sb, ch);
                    } else if (inScript && Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(ch).append(s.charAt(++i));
                    } else if (inScript && Character.isSurrogate(ch)) {
                        escape(sb, ch);
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"');
    }

    private static void escape(StringBuilder sb, char ch) {
        sb.append(String.format("\\u%04x", (int) ch));
    }
}
