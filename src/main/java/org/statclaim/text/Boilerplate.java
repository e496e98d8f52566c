package org.statclaim.text;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks the lines of a document that are not article text (boilerplate.txt), plus blocks of
 * catalogue or navigation lines: five or more consecutive short lines with no sentence
 * punctuation, as in a product list after an article.
 */
public final class Boilerplate {

    private static final List<RegexRules.Rule> RULES = RegexRules.load(Boilerplate.class, "boilerplate.txt");
    private static final StartChars STARTS = new StartChars(RULES.stream().map(RegexRules.Rule::pattern).toList());
    private static final Pattern SENTENCE_PUNCT = Pattern.compile(Punctuation.charClass(Punctuation.LINE_PUNCT));
    private static final int SHORT_LINE = 40;
    private static final int CATALOGUE_RUN = 5;

    private Boilerplate() {
    }

    public static List<RegexRules.Rule> rules() {
        return RULES;
    }

    /** The name of the first rule that marks {@code line} as boilerplate, or null. */
    public static String match(String line) {
        for (int r = 0; r < RULES.size(); r++) {
            if (found(r, line)) {
                return RULES.get(r).name();
            }
        }
        return null;
    }

    /** Whether rule {@code r} matches somewhere in {@code s}: tried only where a match can begin. */
    private static boolean found(int r, String s) {
        java.util.regex.Matcher m = RULES.get(r).pattern().matcher(s);
        if (!STARTS.filters(r)) {
            return m.find();
        }
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int p = STARTS.next(r, s, 0, s.length()); p < s.length(); p = STARTS.next(r, s, p + 1, s.length())) {
            m.region(p, s.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SENTENCE_END = Pattern.compile(Punctuation.charClass(Punctuation.SENTENCE_END) + "\\s*\\S");

    /**
     * The name of the first rule that drops {@code sentence}, or null. A sentence-scoped rule
     * drops only its sentence; a line-scoped one judges the sentences of a line that holds
     * several (a paragraph, a page without line breaks) one by one, while a line of one sentence
     * was judged whole by {@link #classify}.
     */
    public static String matchSentence(String sentence, String line) {
        boolean several = severalSentences(line);
        for (int r = 0; r < RULES.size(); r++) {
            if ((several || "sentence".equals(RULES.get(r).field("scope"))) && found(r, sentence)) {
                return RULES.get(r).name();
            }
        }
        return null;
    }

    /**
     * A line-scoped rule marks its line when the line is one sentence; a line of several
     * sentences is left to {@link #matchSentence} (one © in a page without line breaks must not
     * drop the whole page), and so is every line for a sentence-scoped rule.
     */
    private static String lineMatch(String line) {
        String name = match(line);
        if (name == null || "sentence".equals(rule(name).field("scope")) || severalSentences(line)) {
            return null;
        }
        return name;
    }

    /**
     * Whether {@code line} holds more than one sentence: sentence punctuation inside it, or a
     * length that {@link Sentences} cuts (a page flattened into one line without punctuation
     * must not be dropped whole for one footer word in it).
     */
    private static boolean severalSentences(String line) {
        return line.length() > Sentences.MAX_SENTENCE || SENTENCE_END.matcher(line).find();
    }

    private static RegexRules.Rule rule(String name) {
        for (RegexRules.Rule r : RULES) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** One bit per line of {@code lines}: set when the line is boilerplate. */
    public static BitSet classify(List<Line> lines) {
        BitSet out = new BitSet(lines.size());
        int runStart = -1;
        for (int i = 0; i <= lines.size(); i++) {
            Line l = i < lines.size() ? lines.get(i) : null;
            if (l != null && lineMatch(l.text()) != null) {
                out.set(i);
            }
            boolean blank = l != null && l.text().isBlank();
            boolean catalogueLike = l != null && catalogueLike(l.text());
            if (catalogueLike) {
                if (runStart < 0) {
                    runStart = i;
                }
            } else if (!blank) { // blank lines neither extend nor end a run
                if (runStart >= 0 && countNonBlank(lines, runStart, i) >= CATALOGUE_RUN) {
                    out.set(runStart, i);
                }
                runStart = -1;
            }
        }
        return out;
    }

    /** A short line without sentence punctuation: five of them in a row make a catalogue block. */
    static boolean catalogueLike(CharSequence line) {
        String stripped = line.toString().strip();
        return !stripped.isEmpty() && stripped.length() <= SHORT_LINE && !SENTENCE_PUNCT.matcher(line).find();
    }

    private static int countNonBlank(List<Line> lines, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!lines.get(i).text().isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** A line of the document: its text without the line break and its start offset. */
    public record Line(String text, int start) {
        public int end() {
            return start + text.length();
        }
    }
}
