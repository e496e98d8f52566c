package org.statclaim.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimal helpers: no float ever touches a value. */
public final class Decimals {

    /** Non-terminating quotients (1/3) are rounded to 15 significant digits. */
    public static final MathContext DIVISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    /** Removes trailing zeros but keeps integers in plain scale 0 (300000, not 3E+5). */
    public static BigDecimal clean(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Plain decimal text: no exponent, no separators, no trailing zeros; empty for null. */
    public static String format(BigDecimal v) {
        return v == null ? "" : clean(v).toPlainString();
    }

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        try {
            return clean(a.divide(b));
        } catch (ArithmeticException nonTerminating) {
            return clean(a.divide(b, DIVISION));
        }
    }
}
