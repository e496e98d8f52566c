package org.statclaim.quantity;

import java.math.BigDecimal;

/**
 * A parsed number: an exact value, or an interval for vague and range forms.
 *
 * <pre>
 *   30万      -> value 300000
 *   十几万    -> value 110000, max 190000, VAGUE
 *   三四十万  -> value 300000, max 400000, APPROX
 *   3000多    -> value 3000, MORE_THAN
 *   几万      -> value null, VAGUE (the text gives no number at all)
 * </pre>
 *
 * @param value  lower bound or exact value; {@code null} when the text gives no number
 * @param max    upper bound of an interval, else {@code null}
 * @param qualifier what the form itself says about precision
 */
public record Numeral(BigDecimal value, BigDecimal max, Qualifier qualifier) {

    public static Numeral exact(BigDecimal v) {
        return new Numeral(v, null, Qualifier.EXACT);
    }

    /** The number times {@code factor}; a negative factor turns an interval round (零下十几度 = -19..-11). */
    public Numeral times(BigDecimal factor) {
        BigDecimal v = value == null ? null : Decimals.clean(value.multiply(factor));
        BigDecimal m = max == null ? null : Decimals.clean(max.multiply(factor));
        if (v != null && m != null && m.compareTo(v) < 0) {
            return new Numeral(m, v, qualifier);
        }
        return new Numeral(v, m, qualifier);
    }

    public Numeral plus(BigDecimal addend) {
        return new Numeral(value == null ? null : Decimals.clean(value.add(addend)),
                max == null ? null : Decimals.clean(max.add(addend)), qualifier);
    }

    public Numeral withQualifier(Qualifier q) {
        return new Numeral(value, max, q);
    }

    /** True when the number is a plain integer written without interval or marker. */
    public boolean isExactInteger() {
        return value != null && max == null && qualifier == Qualifier.EXACT
                && value.stripTrailingZeros().scale() <= 0;
    }
}
