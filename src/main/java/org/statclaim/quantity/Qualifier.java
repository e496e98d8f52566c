package org.statclaim.quantity;

/** How the text qualifies a number; the CSV writes {@link #code()}. */
public enum Qualifier {
    EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, VAGUE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Qualifier fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether {@code word} is the code of a qualifier (exact, approx, ...). */
    public static boolean isCode(String word) {
        for (Qualifier q : values()) {
            if (q.code().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Combines the qualifier of the number form (3000多 is MORE_THAN) with a word around it
     * (约3000). A word says more than an exact form; a vague form stays vague.
     */
    public Qualifier combine(Qualifier word) {
        if (word == null || word == EXACT) {
            return this;
        }
        if (this == EXACT) {
            return word;
        }
        if (this == VAGUE) {
            return VAGUE;
        }
        return word;
    }
}
