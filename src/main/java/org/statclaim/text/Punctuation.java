package org.statclaim.text;

import java.util.HashMap;
import java.util.Map;

/** The punctuation sets of the text stage, from text/punctuation.txt (each a string of its characters). */
final class Punctuation {

    private static final Map<String, String> SETS = new HashMap<>();

    static {
        for (String[] row : ResourceText.tsv(Punctuation.class, "punctuation.txt")) {
            SETS.put(row[0], row[1]);
        }
    }

    /** Ends a sentence wherever it stands. */
    static final String SENTENCE_STOP = set("sentence_stop");
    /** A sentence end (full-width and ASCII). */
    static final String SENTENCE_END = set("sentence_end");
    /** Closing quotes and brackets that stay with the sentence they end. */
    static final String CLOSER = set("closer");
    /** Ends a clause. */
    static final String CLAUSE_BREAK = set("clause_break");
    /** A clause break where an over-long line is cut. */
    static final String CUT_CLAUSE_BREAK = set("cut_clause_break");
    /** Any punctuation of running text. */
    static final String LINE_PUNCT = set("line_punct");
    static final String GLOSS_OPEN = set("gloss_open");
    static final String GLOSS_CLOSE = set("gloss_close");

    private Punctuation() {
    }

    private static String set(String name) {
        String chars = SETS.get(name);
        if (chars == null || chars.isEmpty()) {
            throw new IllegalStateException("punctuation.txt defines no " + name);
        }
        return chars;
    }

    /** A regex character class of the characters of {@code set}. */
    static String charClass(String set) {
        StringBuilder sb = new StringBuilder("[");
        set.chars().forEach(c -> sb.append("\\x{").append(Integer.toHexString(c)).append('}'));
        return sb.append(']').toString();
    }
}
