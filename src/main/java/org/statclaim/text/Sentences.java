package org.statclaim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into sentences with offsets: at 。！？!?…, at a '.' that ends a sentence
 * (followed by a space, a line break, the end or a CJK character; never inside 62.9 or 01.AI),
 * and at line breaks. Closing quotes and brackets stay with their sentence.
 */
public final class Sentences {

    /** A sentence: [start,end) in the document (UTF-16), and the line it lies on (0-based). */
    public record Sentence(int index, int start, int end, int line) {
        public String text(String doc) {
            return doc.substring(start, end);
        }
    }

    private Sentences() {
    }

    public static List<Sentence> split(String text, List<Boilerplate.Line> lines) {
        List<Sentence> out = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            Boilerplate.Line line = lines.get(li);
            int s = line.start();
            int end = line.end();
            int i = s;
            while (i < end) {
                char c = text.charAt(i);
                boolean stop = c == '。' || c == '！' || c == '？' || c == '…' && i + 1 < end && text.charAt(i + 1) != '…'
                        || (c == '.' || c == '!' || c == '?') && endsWithDot(text, i, end); // not inside a URL
                i++;
                if (stop) {
                    while (i < end && isCloser(text.charAt(i))) {
                        i++;
                    }
                    add(out, text, s, i, li);
                    s = i;
                }
            }
            add(out, text, s, end, li);
        }
        return out;
    }

    private static boolean endsWithDot(String text, int i, int end) {
        if (i + 1 >= end) {
            return i > 0 && !Character.isLetter(text.charAt(i - 1)) || i > 0 && isCjk(text.charAt(i - 1));
        }
        char next = text.charAt(i + 1);
        return Character.isWhitespace(next) || isCjk(next);
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isCloser(char c) {
        return "”’」』）)】》\"'".indexOf(c) >= 0;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int line) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size() + 1, start, end, line));
        }
    }

    /** The lines of {@code text}, split at \n, \r\n or \r, each with its start offset. */
    public static List<Boilerplate.Line> lines(String text) {
        List<Boilerplate.Line> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new Boilerplate.Line(text.substring(s, i), s));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                s = i + 1;
            }
        }
        out.add(new Boilerplate.Line(text.substring(s), s));
        return out;
    }
}
