package org.statclaim.quantity;

import java.math.BigDecimal;

/**
 * One recognized quantity. Offsets are UTF-16 indices into the text given to the recognizer
 * (the writers convert them to code points).
 *
 * @param start    start of the mention, qualifier words included
 * @param end      end of the mention
 * @param numStart start of the number itself (without qualifier words)
 * @param numEnd   end of the number itself
 * @param value    normalized value or lower bound; null when the text gives no number
 * @param max      upper bound of a range or vague interval, else null
 * @param kind     what kind of quantity
 * @param unit     "%", "pp", "x", an ISO 4217 code, a measure word, or ""
 * @param qualifier how the text qualifies the number
 * @param rule     name of the rule that recognized it
 * @param claimUse how the claim filter treats it (the rule's {@code claim} field in rules.txt)
 */
public record Quantity(int start, int end, int numStart, int numEnd, BigDecimal value, BigDecimal max,
                       Kind kind, String unit, Qualifier qualifier, String rule, ClaimUse claimUse) {

    /** A quantity the filter treats as a claim ({@link ClaimUse#CLAIM}). */
    public Quantity(int start, int end, int numStart, int numEnd, BigDecimal value, BigDecimal max,
                    Kind kind, String unit, Qualifier qualifier, String rule) {
        this(start, end, numStart, numEnd, value, max, kind, unit, qualifier, rule, ClaimUse.CLAIM);
    }

    public Quantity withQualifier(Qualifier q, String extraRule) {
        return new Quantity(start, end, numStart, numEnd, value, max, kind, unit, q,
                extraRule == null ? rule : rule + "+" + extraRule, claimUse);
    }

    public Quantity withKind(Kind k, String newUnit, String extraRule) {
        return new Quantity(start, end, numStart, numEnd, value, max, k, newUnit, qualifier, rule + "+" + extraRule, claimUse);
    }

    public Quantity withUnit(String newUnit, String extraRule) {
        return new Quantity(start, end, numStart, numEnd, value, max, kind, newUnit, qualifier,
                extraRule == null ? rule : rule + "+" + extraRule, claimUse);
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    public int length() {
        return end - start;
    }
}
