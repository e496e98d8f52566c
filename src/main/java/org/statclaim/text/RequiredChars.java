package org.statclaim.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Characters of which every match of a pattern holds at least one, read from the pattern itself,
 * so that a text holding none of them is not searched at all: a source cue rule needs one of its
 * cue words' characters (显示, 表示, 指出...), a dated line the digits of its year.
 *
 * <p>Read from the regex: a literal character needs itself, a class of a few characters one of
 * them, a sequence what the most selective of its parts needs, an alternation what any of its
 * branches needs, a part repeated at least once what the part needs. What can match nothing
 * (optional parts, lookarounds, anchors) or any of many characters ({@code .}, {@code \d},
 * negated classes) needs nothing; a pattern of which nothing is needed is always searched, and
 * so is one this reader does not follow (case-insensitive or comment mode, back-references).
 * Thread-safe once built.
 */
public final class RequiredChars {

    /** A class of more characters than this needs nothing (it is no filter). */
    private static final int MAX_CLASS = 256;

    private final BitSet chars;

    private RequiredChars(BitSet chars) {
        this.chars = chars;
    }

    /** What every match of {@code p} needs; {@link #anywhere()} when nothing can be said. */
    public static RequiredChars of(Pattern p) {
        if ((p.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
            return anywhere();
        }
        try {
            Reader r = new Reader(p.pattern());
            BitSet need = r.alternation();
            return r.pos == r.regex.length() ? new RequiredChars(need) : anywhere();
        } catch (Unreadable e) {
            return anywhere();
        }
    }

    /** A filter that lets every text through. */
    public static RequiredChars anywhere() {
        return new RequiredChars(null);
    }

    /** Whether a match can lie in {@code text[from,to)}: it holds one of the needed characters, or nothing is needed. */
    public boolean mayMatch(CharSequence text, int from, int to) {
        if (chars == null) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (chars.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The needed characters, or null when nothing is needed (for tests). */
    public String chars() {
        if (chars == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        chars.stream().forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** Escapes of a letter that stand for one class, anchor or character, with nothing after them. */
    private static final String SIMPLE_ESCAPES = "dDsSwWbBAzZGtnrfaehHvVR";

    /** A recursive reader of the regex; null stands for "needs nothing". */
    private static final class Reader {
        final String regex;
        int pos;

        Reader(String regex) {
            this.regex = regex;
        }

        /** branch ('|' branch)*, up to a ')' or the end: the union of the branches' needs. */
        BitSet alternation() {
            BitSet union = sequence();
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                BitSet b = sequence();
                union = union == null || b == null ? null : or(union, b);
            }
            return union;
        }

        private static BitSet or(BitSet a, BitSet b) {
            BitSet u = (BitSet) a.clone();
            u.or(b);
            return u;
        }

        /** Parts up to '|', ')' or the end: the need of the part that needs the fewest characters. */
        BitSet sequence() {
            List<BitSet> needs = new ArrayList<>();
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                BitSet atom = atom();
                if (quantifiedOptional()) {
                    atom = null;
                }
                if (atom != null) {
                    needs.add(atom);
                }
            }
            BitSet best = null;
            for (BitSet n : needs) {
                if (best == null || n.cardinality() < best.cardinality()) {
                    best = n;
                }
            }
            return best;
        }

        /** Reads a quantifier after an atom, if any: whether it lets the atom match nothing. */
        private boolean quantifiedOptional() {
            if (pos >= regex.length()) {
                return false;
            }
            char q = regex.charAt(pos);
            boolean optional;
            if (q == '?' || q == '*') {
                pos++;
                optional = true;
            } else if (q == '+') {
                pos++;
                optional = false;
            } else if (q == '{') {
                int close = regex.indexOf('}', pos);
                if (close < 0) {
                    throw new Unreadable();
                }
                String body = regex.substring(pos + 1, close);
                String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                if (!min.matches("[0-9]+")) {
                    throw new Unreadable();
                }
                optional = Integer.parseInt(min) == 0;
                pos = close + 1;
            } else {
                return false;
            }
            if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same characters
            }
            return optional;
        }

        private static BitSet one(char c) {
            BitSet b = new BitSet();
            b.set(c);
            return b;
        }

        /** One atom: a character, an escape, a class, a group. */
        BitSet atom() {
            char c = regex.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape();
                case '.':
                case '^':
                case '$':
                    pos++;
                    return null;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unreadable(); // a quantifier with nothing before it
                default:
                    pos++;
                    if (Character.isSurrogate(c)) {
                        throw new Unreadable(); // one code point of two chars: not followed here
                    }
                    return one(c);
            }
        }

        private BitSet group() {
            pos++;
            boolean zeroWidth = false;
            if (regex.startsWith("?", pos)) {
                if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
                    pos += 2;
                } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
                    pos += 3;
                    zeroWidth = true;
                } else if (regex.startsWith("?<", pos)) {
                    int close = regex.indexOf('>', pos);
                    if (close < 0) {
                        throw new Unreadable();
                    }
                    pos = close + 1; // a named group
                } else {
                    throw new Unreadable(); // inline flags: not followed here
                }
            }
            BitSet inner = alternation();
            if (pos >= regex.length() || regex.charAt(pos) != ')') {
                throw new Unreadable();
            }
            pos++;
            return zeroWidth ? null : inner;
        }

        private BitSet escape() {
            if (pos + 1 >= regex.length()) {
                throw new Unreadable();
            }
            char e = regex.charAt(pos + 1);
            if (e == 'Q') {
                int end = regex.indexOf("\\E", pos + 2);
                String quoted = regex.substring(pos + 2, end < 0 ? regex.length() : end);
                pos = end < 0 ? regex.length() : end + 2;
                // quoted text is a sequence of literals: the first one is needed
                return quoted.isEmpty() || Character.isSurrogate(quoted.charAt(0)) ? null : one(quoted.charAt(0));
            }
            if (Character.isLetterOrDigit(e)) {
                if (SIMPLE_ESCAPES.indexOf(e) < 0) {
                    throw new Unreadable(); // back-references, \p{..}, \x.., unicode escapes: not followed here
                }
                pos += 2;
                return null; // \d, \s, \t, \b...: classes, anchors or characters taken as anything
            }
            pos += 2;
            return one(e);
        }

        /** A class of a few listed characters and short ranges; a negated or nested one, or one with escapes of letters, needs nothing. */
        private BitSet charClass() {
            int start = pos;
            pos++;
            boolean plain = true;
            if (pos < regex.length() && regex.charAt(pos) == '^') {
                plain = false;
            }
            BitSet set = new BitSet();
            int depth = 1;
            Character prev = null;
            while (pos < regex.length() && depth > 0) {
                char c = regex.charAt(pos);
                if (c == '\\') {
                    if (pos + 1 >= regex.length()) {
                        throw new Unreadable();
                    }
                    char e = regex.charAt(pos + 1);
                    if (Character.isLetterOrDigit(e) && SIMPLE_ESCAPES.indexOf(e) < 0) {
                        throw new Unreadable();
                    }
                    pos += 2;
                    if (Character.isLetterOrDigit(e)) {
                        plain = false;
                        prev = null;
                    } else {
                        set.set(e);
                        prev = e;
                    }
                    continue;
                }
                if (c == '[') {
                    depth++;
                    plain = false;
                } else if (c == ']') {
                    if (pos == start + 1) {
                        throw new Unreadable(); // a ] first: not followed here
                    }
                    depth--;
                } else if (c == '&' && regex.startsWith("&&", pos)) {
                    plain = false;
                } else if (c == '-' && prev != null && pos + 1 < regex.length() && regex.charAt(pos + 1) != ']') {
                    char hi = regex.charAt(pos + 1);
                    if (hi == '\\' || hi == '[' || Character.isSurrogate(hi) || hi < prev || hi - prev > MAX_CLASS) {
                        plain = false;
                    } else {
                        set.set(prev, hi + 1);
                    }
                    pos += 2;
                    prev = null;
                    continue;
                } else if (Character.isSurrogate(c)) {
                    plain = false;
                } else {
                    set.set(c);
                }
                prev = c;
                pos++;
            }
            if (depth != 0) {
                throw new Unreadable();
            }
            return plain && set.cardinality() > 0 && set.cardinality() <= MAX_CLASS ? set : null;
        }
    }
}
