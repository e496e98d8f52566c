package org.statclaim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long document into parts that are extracted one at a time, so that memory stays bounded
 * whatever the document's length, with the same rows as the whole document would give.
 *
 * <p>A part ends at a line break, after a line of running text (not blank, not a short line
 * without punctuation: those may belong to a catalogue block, which {@link Boilerplate} judges
 * as a whole). Only a single line longer than the part size is cut inside: after a sentence end,
 * else after a clause break, else at the size. The extractor sees each part with a little
 * context: a few lines before it (the sentences a source, a time or a comparison may be carried
 * over from) and the line after it (what the rules look at past a line's end); claims found
 * in the context belong to the neighbouring parts and are dropped.
 */
public final class Chunks {

    /** Lines of running text before a part that the extractor also sees. */
    private static final int CONTEXT_LINES = 3;
    /** At most this many characters of context before a part... */
    private static final int MAX_BEFORE = 16_384;
    /** ...and after it. */
    private static final int MAX_AFTER = 1_024;

    /**
     * A part: claims starting in {@code [start,end)} belong to it; the extractor sees
     * {@code [contextStart,contextEnd)}. UTF-16 offsets into the document.
     */
    public record Chunk(int start, int end, int contextStart, int contextEnd) {
    }

    private Chunks() {
    }

    /** The parts of {@code text}, each about {@code size} characters or less; one part if the text is that short. */
    public static List<Chunk> of(String text, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size " + size);
        }
        List<int[]> spans = new ArrayList<>();
        int pos = 0;
        while (text.length() - pos > size) {
            int cut = cut(text, pos, pos + size);
            spans.add(new int[] {pos, cut});
            pos = cut;
        }
        spans.add(new int[] {pos, text.length()});
        List<Chunk> out = new ArrayList<>();
        for (int[] s : spans) {
            out.add(new Chunk(s[0], s[1], s[0] == 0 ? 0 : contextStart(text, s[0]),
                    s[1] == text.length() ? s[1] : contextEnd(text, s[1])));
        }
        return out;
    }

    /** Where a part that starts at {@code from} ends, at or before {@code limit}, and after {@code from}. */
    static int cut(String text, int from, int limit) {
        int anyLine = -1;
        for (int i = limit; i > from; i--) {
            if (isLineStart(text, i)) {
                int lineStart = lineStartBefore(text, i - 1, from);
                if (runningText(text, lineStart, i)) {
                    return i;
                }
                if (anyLine < 0) {
                    anyLine = i;
                }
                i = lineStart + 1; // the loop steps to lineStart: the line is judged once
            }
        }
        if (anyLine > 0) {
            return anyLine; // a catalogue block longer than a part: cut between its lines
        }
        // one line longer than a part: after a sentence end, else a clause break, else at the limit
        int clause = -1;
        for (int i = limit; i > from + (limit - from) / 2; i--) {
            char c = text.charAt(i - 1);
            if (Punctuation.SENTENCE_END.indexOf(c) >= 0) {
                int j = i;
                while (j < text.length() && j < limit + 8 && Punctuation.CLOSER.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                return j;
            }
            if (clause < 0 && Punctuation.CUT_CLAUSE_BREAK.indexOf(c) >= 0) {
                clause = i;
            }
        }
        if (clause > 0) {
            return clause;
        }
        return Character.isLowSurrogate(text.charAt(limit)) && limit - 1 > from ? limit - 1 : limit;
    }

    /** The context before a part: back to the start of the third line of running text before it, within limits. */
    private static int contextStart(String text, int start) {
        int floor = Math.max(0, start - MAX_BEFORE);
        int lines = 0;
        int i = start;
        while (i > floor) {
            int lineStart = lineStartBefore(text, i - 1, floor);
            if (lineStart == floor && !isLineStart(text, floor)) {
                break; // the line goes on before the limit
            }
            if (!blank(text, lineStart, lineEnd(text, lineStart))) {
                lines++;
            }
            i = lineStart;
            if (lines >= CONTEXT_LINES && (i == 0 || runningText(text, lineStartBefore(text, i - 1, floor), i))) {
                break; // and at a line where no catalogue block runs across
            }
        }
        return i;
    }

    /** The context after a part: its next line that is not blank, within limits. */
    private static int contextEnd(String text, int end) {
        int ceiling = Math.min(text.length(), end + MAX_AFTER);
        int i = end;
        while (i < ceiling && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < ceiling && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    /** True if a line starts at {@code i}: after \n, or after a \r not followed by \n. */
    static boolean isLineStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        return c == '\n' || c == '\r' && (i >= text.length() || text.charAt(i) != '\n');
    }

    /** The start of the line holding offset {@code i} (never before {@code floor}). */
    private static int lineStartBefore(String text, int i, int floor) {
        int j = Math.max(i, floor);
        while (j > floor && !isLineStart(text, j)) {
            j--;
        }
        return j;
    }

    /** The end of the line that starts at {@code i}, without its line break. */
    private static int lineEnd(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
            j++;
        }
        return j;
    }

    /** A line that is neither blank nor catalogue-like: no catalogue block runs across it. */
    private static boolean runningText(String text, int from, int to) {
        int end = to;
        while (end > from && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        CharSequence line = text.subSequence(from, end);
        return !blank(text, from, end) && !Boilerplate.catalogueLike(line);
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
