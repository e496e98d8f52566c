package org.statclaim.quantity;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.text.RegexRules;

/**
 * The interpreter of the productions of rules.txt: turns one match of a rule into a
 * {@link Quantity}: its value (the {@code value} production: num, fraction, cheng, zhe, pow2, power,
 * fixed, mixed, subunits, clock, one, sum), a range (num2), the qualifier (pre, post, more, the
 * rule's implied one, a qualifier word a little before the mention), and its unit
 * ({@link Units}). The Chinese words it needs are parts defined in rules.txt (HALF, ONE, MOREPOST,
 * INUNIT, CONTEXTQ).
 *
 * <p>Thread-safe.
 */
final class Productions {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Lexicons lexicons;
    private final Units units;
    /** A qualifier word a little before the mention: 至少有1400名, 约有80%, 超过了30% (rules.txt: CONTEXTQ). */
    private final Pattern contextQualifier;
    /** Characters one of which a match of CONTEXTQ holds: the text before a mention without them is not searched. */
    private final org.statclaim.text.RequiredChars contextNeeds;
    /** A number said as half of one (rules.txt: HALF). */
    private final Pattern half;
    /** Post words that say more than the number (rules.txt: MOREPOST); other unlisted ones say approx. */
    private final Pattern morePost;
    /** The numeral one, put before a magnitude said alone (rules.txt: ONE). */
    private final String one;

    Productions(Lexicons lexicons, RegexRules.File file) {
        this.lexicons = lexicons;
        this.units = new Units(lexicons, file.define("INUNIT"));
        this.contextQualifier = Pattern.compile(file.define("CONTEXTQ"));
        this.contextNeeds = org.statclaim.text.RequiredChars.of(contextQualifier);
        this.half = Pattern.compile(file.define("HALF"));
        this.morePost = Pattern.compile(file.define("MOREPOST"));
        this.one = file.define("ONE");
    }

    Optional<Quantity> produce(QuantityRule rule, Matcher m, CharSequence text, String defaultCurrency) {
        String numText = rule.group(m, "num");
        String unitText = rule.group(m, "unit");
        Numeral n;
        switch (rule.production) {
            case FIXED -> n = Numeral.exact(rule.fixed);
            case FRACTION -> {
                Optional<Numeral> num = NumeralParser.parse(numText);
                Optional<BigDecimal> den = denominator(rule.group(m, "den"));
                if (num.isEmpty() || den.isEmpty() || num.get().value() == null || den.get().signum() == 0) {
                    return Optional.empty();
                }
                n = Numeral.exact(Decimals.divide(num.get().value().multiply(HUNDRED), den.get()));
            }
            case CHENG -> {
                // 三成 = 30%, 七成六 = 76%, 三成半 = 35%, 9.5成 = 95%, 半成 = 5%, 六七成 = 60..70% approx
                Numeral said = half.matcher(numText).matches() ? Numeral.exact(HALF)
                        : NumeralParser.parse(numText).orElse(null);
                BigDecimal tens = said == null ? null : said.value();
                if (tens == null) {
                    return Optional.empty();
                }
                BigDecimal v = tens.multiply(BigDecimal.TEN);
                String add = rule.group(m, "add");
                if (add != null) {
                    v = v.add(BigDecimal.valueOf(NumeralParser.digitValue(add.codePointAt(0))));
                }
                if (rule.group(m, "half") != null) {
                    v = v.add(BigDecimal.valueOf(5));
                }
                n = said.max() == null ? Numeral.exact(Decimals.clean(v))
                        : new Numeral(Decimals.clean(v), Decimals.clean(said.max().multiply(BigDecimal.TEN)), said.qualifier());
                String hi = rule.group(m, "hi");
                if (hi != null) { // 兩成至三成 = 20..30%
                    BigDecimal top = NumeralParser.parse(hi).map(Numeral::value).orElse(null);
                    if (top == null || top.multiply(BigDecimal.TEN).compareTo(v) <= 0) {
                        return Optional.empty();
                    }
                    n = new Numeral(Decimals.clean(v), Decimals.clean(top.multiply(BigDecimal.TEN)), Qualifier.EXACT);
                }
            }
            case ZHE -> {
                // 八折 = 80%, 七五折 / 75折 = 75%, 八点五折 = 85%: tenths of the price paid
                String digitsOnly = numText.replaceAll("\\s", "");
                BigDecimal v;
                if (digitsOnly.length() == 2 && digitsOnly.codePoints().allMatch(c -> NumeralParser.digitValue(c) >= 0)) {
                    int first = NumeralParser.digitValue(digitsOnly.codePointAt(0));
                    int second = NumeralParser.digitValue(digitsOnly.codePointAt(1));
                    if (second == first + 1 && !Character.isDigit(digitsOnly.charAt(0))) {
                        // 七八折 = 70..80 % approx: two neighbouring Chinese digits say a range (七五折 is 75 %)
                        n = new Numeral(BigDecimal.valueOf(first * 10L), BigDecimal.valueOf(second * 10L), Qualifier.APPROX);
                        break;
                    }
                    v = BigDecimal.valueOf(first * 10L + second);
                } else {
                    BigDecimal p = NumeralParser.parse(numText).map(Numeral::value).orElse(null);
                    if (p == null || p.signum() <= 0 || p.compareTo(BigDecimal.TEN) >= 0) { // 十折 is no discount
                        return Optional.empty();
                    }
                    v = p.multiply(BigDecimal.TEN);
                }
                n = Numeral.exact(Decimals.clean(v));
            }
            case POW2 -> {
                Optional<Numeral> e = NumeralParser.parse(numText);
                if (e.isEmpty() || e.get().value() == null) {
                    return Optional.empty();
                }
                n = Numeral.exact(BigDecimal.valueOf(2).pow(e.get().value().intValueExact()));
            }
            case POWER -> {
                // 2^5 = 32, 2.5^-1 = 0.4: the sign before the base applies after the power (-2.5^-1 = -0.4)
                BigDecimal base = NumeralParser.parse(numText).map(Numeral::value).orElse(null);
                BigDecimal exp = NumeralParser.parse(rule.group(m, "exp")).map(Numeral::value).orElse(null);
                if (base == null || exp == null || exp.stripTrailingZeros().scale() > 0 || exp.abs().compareTo(HUNDRED) >= 0) {
                    return Optional.empty();
                }
                int e = exp.intValueExact();
                BigDecimal magnitude = base.abs().pow(Math.abs(e)); // exact: at most 12 digits to a power below 100
                if (e < 0) {
                    if (magnitude.signum() == 0) {
                        return Optional.empty();
                    }
                    magnitude = BigDecimal.ONE.divide(magnitude, Decimals.DIVISION);
                }
                BigDecimal v = magnitude.round(Decimals.DIVISION);
                n = Numeral.exact(Decimals.clean(base.signum() < 0 ? v.negate() : v));
            }
            case MIXED -> {
                Optional<Numeral> whole = NumeralParser.parse(rule.group(m, "whole"));
                Optional<Numeral> num = NumeralParser.parse(numText);
                Optional<BigDecimal> den = denominator(rule.group(m, "den"));
                if (whole.isEmpty() || num.isEmpty() || den.isEmpty() || whole.get().value() == null
                        || num.get().value() == null || den.get().signum() == 0) {
                    return Optional.empty();
                }
                BigDecimal w = whole.get().value();
                BigDecimal f = Decimals.divide(num.get().value(), den.get());
                n = Numeral.exact(Decimals.clean((w.signum() < 0 ? w.subtract(f) : w.add(f)).round(Decimals.DIVISION)));
            }
            case SUBUNITS -> {
                BigDecimal v = subunits(numText, rule.group(m, "jiao"), rule.group(m, "fen"));
                if (v == null) {
                    return Optional.empty();
                }
                n = Numeral.exact(v);
            }
            case CLOCK -> {
                // 兩小時十分 = 130 分, 一小時零十五秒 = 3615 秒, 五分三十秒 = 330 秒: the sum in the smallest unit written
                BigDecimal seconds = BigDecimal.ZERO;
                long smallest = 0;
                for (String[] part : CLOCK_PARTS) {
                    String t = rule.group(m, part[0]);
                    if (t == null) {
                        continue;
                    }
                    BigDecimal v = NumeralParser.parse(t).map(Numeral::value).orElse(null);
                    if (v == null || smallest != 0 && seconds.remainder(BigDecimal.valueOf(smallest)).signum() != 0) {
                        return Optional.empty(); // only the last part may have a fraction (10点5分30秒 is a time of day)
                    }
                    smallest = Long.parseLong(part[1]);
                    seconds = seconds.add(v.multiply(BigDecimal.valueOf(smallest)));
                }
                if (smallest == 0) {
                    return Optional.empty();
                }
                n = Numeral.exact(Decimals.clean(seconds.divide(BigDecimal.valueOf(smallest))));
                unitText = rule.group(m, smallest == 1 ? "su" : "miu");
            }
            case SUM -> {
                // 六斤8兩 = 68 兩, 三公斤二百克 = 3200 克: a unit and its sub-unit, one amount in the sub-unit; how many
                // sub-units make the unit is read from base-units.tsv in the document's region (10 两 to the 斤 on the
                // mainland, 16 in Taiwan and Hong Kong)
                BigDecimal whole = NumeralParser.parse(numText).map(Numeral::value).orElse(null);
                BigDecimal part = NumeralParser.parse(rule.group(m, "sub")).map(Numeral::value).orElse(null);
                String subUnit = rule.group(m, "subu");
                BaseUnits base = BaseUnits.standard();
                BigDecimal per = base.ratio(unitText, subUnit, base.region(defaultCurrency));
                if (whole == null || part == null || per == null || part.compareTo(per) >= 0) {
                    return Optional.empty();
                }
                n = Numeral.exact(Decimals.clean(whole.multiply(per).add(part)));
                unitText = subUnit;
            }
            case ONE -> { // a magnitude word said alone is one of it: 上万 = 一万, 千余万 = 一千万 (group mag)
                String mag = rule.group(m, "mag");
                Optional<Numeral> p = NumeralParser.parse(one + numText + (mag == null ? "" : mag));
                if (p.isEmpty()) {
                    return Optional.empty();
                }
                n = p.get();
            }
            case NUM -> {
                Optional<Numeral> p = NumeralParser.parse(numText);
                if (p.isEmpty()) {
                    return Optional.empty();
                }
                n = p.get();
            }
            default -> throw new IllegalStateException("rule " + rule.name + ": unknown value production " + rule.production);
        }
        String num2 = rule.group(m, "num2");
        if (num2 != null || rule.group(m, "jiao2") != null) {
            Optional<Numeral> hi = NumeralParser.parse(num2 == null ? one : num2);
            if (hi.isEmpty() || hi.get().value() == null || n.value() == null) {
                return Optional.empty();
            }
            Numeral h = hi.get();
            BigDecimal lo = n.value();
            BigDecimal magnitude = num2 == null ? null : trailingMagnitude(num2);
            if (magnitude != null && trailingMagnitude(numText) == null) {
                lo = lo.multiply(magnitude); // 三至五万 = 30000..50000
            }
            // 十到二十 and 三至五万: a bare lower end borrows the magnitude of the upper one
            BigDecimal top = h.max() != null ? h.max() : h.value();
            if (rule.group(m, "jiao2") != null || rule.group(m, "fen2") != null) { // 五块六到五块七毛八 = 5.6..5.78
                top = subunits(num2, rule.group(m, "jiao2"), rule.group(m, "fen2"));
                if (top == null) {
                    return Optional.empty();
                }
            }
            if (lo.compareTo(top) >= 0) {
                return Optional.empty();
            }
            n = new Numeral(lo, top, n.qualifier() == Qualifier.VAGUE ? Qualifier.VAGUE : Qualifier.EXACT);
        }
        String add = rule.group(m, "add");
        if (add != null && rule.production == QuantityRule.Production.NUM && half.matcher(add).matches()) {
            n = n.plus(HALF);
        }
        if (rule.scale != null) {
            n = n.times(rule.scale);
        }
        if (rule.group(m, "neg") != null) { // 负百分之五 = -5 %
            n = n.times(BigDecimal.ONE.negate());
        }
        Qualifier q = n.qualifier();
        Qualifier word = lexicons.qualifier(rule.group(m, "pre"));
        Qualifier postWord = lexicons.qualifier(rule.group(m, "post"));
        if (postWord == null && rule.group(m, "post") != null) {
            postWord = morePost.matcher(rule.group(m, "post")).matches() ? Qualifier.MORE_THAN : Qualifier.APPROX;
        }
        q = q.combine(word).combine(postWord);
        if (rule.group(m, "more") != null) { // 三个多月
            q = q.combine(Qualifier.MORE_THAN);
        }
        if (q == Qualifier.EXACT && rule.impliedQualifier != null) {
            q = rule.impliedQualifier;
        }
        int start = m.start();
        if (word == null && postWord == null && q == n.qualifier() && contextNeeds.mayMatch(text, Math.max(0, m.start() - 14), m.start())) {
            Matcher cq = contextQualifier.matcher(text);
            cq.region(Math.max(0, start - 14), start);
            cq.useTransparentBounds(true);
            if (cq.find()) {
                q = q.combine(lexicons.qualifier(cq.group(1) != null ? cq.group(1) : cq.group(2)));
            }
        }
        String unit = units.unit(rule, unitText, defaultCurrency);
        if (unit == null) {
            return Optional.empty();
        }
        if (Units.isHundredth(unit)) { // 5美分 = 0.05 USD (currencies.tsv: a hundredth of the currency)
            unit = Units.whole(unit);
            n = Units.inWhole(n);
        }
        int[] span = numberSpan(rule, m);
        int numStart = span[0];
        int numEnd = span[1];
        return Optional.of(new Quantity(start, m.end(), numStart, numEnd, n.value(), n.max(), rule.kind, unit, q, rule.name, rule.claimUse));
    }

    /** The parts of a duration said in hours, minutes and seconds, with their length in seconds. */
    private static final String[][] CLOCK_PARTS = {{"h", "3600"}, {"mi", "60"}, {"s", "1"}};

    /**
     * A whole plus tenths and hundredths written after its unit: 三块五 = 3.5, 五块七毛八 = 5.78,
     * 三米九 = 3.9. A missing whole is one (米九 = 一米九: speakers drop the 一), an empty one zero
     * (五毛钱: the rule writes {@code (?<num>)}). Null when a part is no number.
     */
    private static BigDecimal subunits(String whole, String tenths, String hundredths) {
        BigDecimal v = whole == null ? BigDecimal.ONE
                : whole.isEmpty() ? BigDecimal.ZERO : NumeralParser.parse(whole).map(Numeral::value).orElse(null);
        if (v == null) {
            return null;
        }
        if (tenths != null) { // a digit, or half (三块半 = 3.5: the only non-digit the rules let through)
            int d = NumeralParser.digitValue(tenths.codePointAt(0));
            v = v.add(d >= 0 ? BigDecimal.valueOf(d).movePointLeft(1) : HALF);
        }
        if (hundredths != null) {
            BigDecimal cents = NumeralParser.parse(hundredths).map(Numeral::value).orElse(null);
            if (cents == null) {
                return null;
            }
            v = v.add(cents.movePointLeft(2));
        }
        return Decimals.clean(v);
    }

    /**
     * Where the number of a match is written: num (to num2 in a range); in a match without num
     * (米九, 五分三十秒) from its first numeral group to its last.
     */
    private static int[] numberSpan(QuantityRule rule, Matcher m) {
        if (rule.group(m, "num") != null) {
            return new int[] {m.start("num"), rule.group(m, "num2") != null ? m.end("num2") : m.end("num")};
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String g : NUMBER_GROUPS) {
            if (rule.group(m, g) != null) {
                start = Math.min(start, m.start(g));
                end = Math.max(end, m.end(g));
            }
        }
        return end < 0 ? new int[] {m.start(), m.end()} : new int[] {start, end};
    }

    private static final String[] NUMBER_GROUPS = {"num", "num2", "jiao", "fen", "jiao2", "fen2", "h", "mi", "s"};

    private static BigDecimal trailingMagnitude(String numText) {
        for (int i = numText.length() - 1; i >= 0; i--) {
            BigDecimal big = NumeralParser.bigUnit(numText.charAt(i));
            if (big != null) { // 万亿 is one magnitude: 1-2万亿 = 1..2 trillion
                for (int j = i - 1; j >= 0 && NumeralParser.bigUnit(numText.charAt(j)) != null; j--) {
                    big = big.multiply(NumeralParser.bigUnit(numText.charAt(j)));
                }
                return big;
            }
            if (NumeralParser.digitValue(numText.charAt(i)) >= 0 || NumeralParser.smallUnit(numText.charAt(i)) > 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * The denominator of 五分之一, where magnitudes alone stand for their product: 百 100, 万
     * 10000, 万万 100000000 (万万分之七), 十万 100000.
     */
    private static Optional<BigDecimal> denominator(String den) {
        if (den == null) {
            return Optional.empty();
        }
        BigDecimal product = BigDecimal.ONE;
        for (int i = 0; i < den.length() && product != null; i++) {
            int small = NumeralParser.smallUnit(den.charAt(i));
            BigDecimal big = NumeralParser.bigUnit(den.charAt(i));
            product = small > 0 ? product.multiply(BigDecimal.valueOf(small)) : big != null ? product.multiply(big) : null;
        }
        if (product != null && !den.isEmpty()) {
            return Optional.of(product);
        }
        return NumeralParser.parse(den).map(Numeral::value);
    }
}
