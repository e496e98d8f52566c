package org.statclaim.quantity;

import java.util.Locale;

/** The kinds of quantity the CSV distinguishes. */
public enum Kind {
    PERCENT, COUNT, MONEY, MULTIPLE, RANK, MEASURE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
