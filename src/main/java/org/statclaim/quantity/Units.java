package org.statclaim.quantity;

import java.math.BigDecimal;

/**
 * The unit logic of the quantity rules: what the {@code unit} field of a rule makes of the text of
 * its group unit (rules.txt: a literal unit, {@code =unit}, {@code @currency}, {@code @default}),
 * and the hundredth currencies of currencies.tsv (5美分 = 0.05 USD).
 */
final class Units {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    private static final String HUNDREDTH_SUFFIX = "/100";

    private final Lexicons lexicons;
    /** Characters inside a unit that belong to the number (rules.txt: INUNIT). */
    private final String numberInUnit;

    Units(Lexicons lexicons, String numberInUnit) {
        this.lexicons = lexicons;
        this.numberInUnit = numberInUnit;
    }

    /** The unit of a match of {@code rule} whose group unit reads {@code unitText}; null: no quantity. */
    String unit(QuantityRule rule, String unitText, String defaultCurrency) {
        String spec = rule.unitSpec;
        if (spec.isEmpty()) {
            return unitText == null ? "" : unitText;
        }
        if (spec.startsWith("=unit")) { // "=unit度": the unit's text and a suffix (华氏 + 度)
            // 半 and 多 inside a unit belong to the number: 两个半月 is 2.5 个月, 三个多月 3 个月
            return unitText == null ? "" : withoutNumberChars(unitText) + spec.substring(5);
        }
        if (spec.equals("@default")) { // the document's currency of 元 (五毛钱 is 0.5 of it)
            return defaultCurrency;
        }
        if (spec.equals("@currency")) {
            String iso = unitText == null ? null : lexicons.currency(unitText);
            if (iso == null) {
                return null;
            }
            return iso.equals(Lexicons.DEFAULT_CURRENCY) ? defaultCurrency : iso;
        }
        return spec;
    }

    private String withoutNumberChars(String unitText) {
        StringBuilder sb = null;
        for (int i = 0; i < unitText.length(); i++) {
            char c = unitText.charAt(i);
            if (numberInUnit.indexOf(c) >= 0) {
                if (sb == null) {
                    sb = new StringBuilder(unitText.length()).append(unitText, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? unitText : sb.toString();
    }

    /** Whether {@code unit} is a hundredth of a currency (currencies.tsv: USD/100). */
    static boolean isHundredth(String unit) {
        return unit.endsWith(HUNDREDTH_SUFFIX);
    }

    /** The currency of which {@code unit} is a hundredth. */
    static String whole(String unit) {
        return unit.substring(0, unit.length() - HUNDREDTH_SUFFIX.length());
    }

    static Numeral inWhole(Numeral n) {
        return n.times(HUNDREDTH);
    }
}
