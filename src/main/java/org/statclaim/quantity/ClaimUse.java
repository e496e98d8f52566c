package org.statclaim.quantity;

/**
 * How the claim filter treats the quantities of a rule, said by the rule in rules.txt
 * ({@code claim ordinal}, {@code claim bare}; no field: {@code claim}), so that a new rule is
 * never dropped or kept because of its name.
 */
public enum ClaimUse {
    /** A quantity the text asserts: a claim unless the other checks of the filter say otherwise. */
    CLAIM,
    /** An ordinal or a position that asserts no number (第三, 第1名): never a claim. */
    ORDINAL,
    /** A bare number without unit: a claim only with a magnitude, never a phone or ID number. */
    BARE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ClaimUse fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
