package org.statclaim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into sentences with offsets: at 。！？!?…, at a '.' that ends a sentence
 * (followed by a space, a line break, the end or a CJK character; never inside 62.9 or 01.AI),
 * and at line breaks. Closing quotes and brackets stay with their sentence.
 *
 * <p>Pathological text is cut into bounded pieces, because everything after this (the quantity
 * rules, the segmenter, the relation rules) costs more than linear time in the length of a
 * sentence: a sentence longer than {@value #MAX_SENTENCE} characters is cut at its last clause
 * break (，；、 or a space) before that length, and a run of more than {@value #MAX_RUN}
 * characters with no punctuation or space at all (10^5 digits, a page of 一) is cut every
 * {@value #MAX_RUN} characters. Real sentences are far shorter and are never cut.
 */
public final class Sentences {

    /** A sentence: [start,end) in the document (UTF-16), and the line it lies on (0-based). */
    public record Sentence(int index, int start, int end, int line) {
        public String text(String doc) {
            return doc.substring(start, end);
        }
    }

    /** The longest sentence passed on whole; longer ones are cut at a clause break. */
    public static final int MAX_SENTENCE = 1000;
    /** The longest run of characters without punctuation or space passed on whole. */
    public static final int MAX_RUN = 200;

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
                boolean stop = Punctuation.SENTENCE_STOP.indexOf(c) >= 0 || c == '…' && i + 1 < end && text.charAt(i + 1) != '…'
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
        return Punctuation.CLOSER.indexOf(c) >= 0;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int line) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > start) {
            int cut = cut(text, start, end);
            int e = cut;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > start) {
                out.add(new Sentence(out.size() + 1, start, e, line));
            }
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
    }

    /**
     * Where the piece of a sentence that starts at {@code start} ends: {@code end} for a sentence
     * of normal length; else after the last clause break within {@link #MAX_SENTENCE} characters,
     * or {@link #MAX_RUN} characters into a run without any break. Never between the two halves
     * of a surrogate pair.
     */
    static int cut(String text, int start, int end) {
        int limit = Math.min(end, start + MAX_SENTENCE);
        int run = 0;
        int lastClause = -1;
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                run = 0;
                if (CLAUSE_BREAKS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                    lastClause = i + 1;
                }
            } else if (++run > MAX_RUN) {
                return Character.isLowSurrogate(c) ? i - 1 : i;
            }
        }
        if (limit == end) {
            return end;
        }
        return lastClause > start ? lastClause : Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static final String CLAUSE_BREAKS = Punctuation.CLAUSE_BREAK;

    /** Punctuation, symbols or white space: what a run of text without a break lacks. */
    private static boolean isBreak(char c) {
        if (Character.isWhitespace(c)) {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.SPACE_SEPARATOR -> {
                return true;
            }
            default -> {
                return false;
            }
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
