package org.statclaim.text;

/**
 * Converts UTF-16 offsets of one text into code point offsets (what the output counts), in time
 * proportional to the distance from the offset converted before: rows come in reading order, so
 * a whole document costs one pass instead of one pass per row.
 */
public final class CodePointCursor {

    private final CharSequence text;
    private int utf16;
    private int codePoints;

    public CodePointCursor(CharSequence text) {
        this.text = text;
    }

    /** The number of code points in {@code text[0, offset)}. */
    public int codePoints(int offset) {
        if (offset >= utf16) {
            codePoints += Character.codePointCount(text, utf16, offset);
        } else {
            codePoints -= Character.codePointCount(text, offset, utf16);
        }
        utf16 = offset;
        return codePoints;
    }
}
