package org.statclaim.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses one numeral as written in Chinese text into an exact {@link Numeral}.
 *
 * <p>Handles Arabic digits (half- and full-width, thousands separators, decimals, signs),
 * Chinese numerals in everyday, financial and Traditional forms (〇零一二两兩…十百千万萬亿億,
 * 壹貳參…拾佰仟, 廿 卅), magnitudes folded into the value (1.5亿, 3万4000, 4.78万亿),
 * abbreviations (四百五 = 450, 一万五 = 15000, also before a magnitude: 一百二万 = 1200000, 百二萬 =
 * 1200000), digit strings (二〇二四 = 2024) and vague
 * forms. Vague forms are decided once, here:
 * <ul>
 *   <li>a leading 几/数 gives no number at all: 几万, 数十 -> value null, VAGUE;</li>
 *   <li>an inner 几 gives the interval of its digit 1..9: 十几万 -> 110000..190000, VAGUE;</li>
 *   <li>two adjacent digits give an interval: 三四十万 -> 300000..400000, 两三 -> 2..3, APPROX;</li>
 *   <li>a trailing or inner 多/余 gives the base as a lower bound: 3000多, 十多万 -> MORE_THAN;</li>
 *   <li>来 (二十来) gives the base, APPROX.</li>
 * </ul>
 * Returns empty for text that is not a well-formed numeral (万万, 百千, 十十).
 */
public final class NumeralParser {

    private enum Type { DIGIT, ZERO, ARABIC, SMALL_UNIT, BIG_UNIT, POINT, VAGUE_DIGIT, PAIR, MORE, ABOUT }

    private record El(Type type, BigDecimal value, BigDecimal alt) {
        El(Type type, BigDecimal value) {
            this(type, value, null);
        }
    }

    private static final BigDecimal TEN = BigDecimal.TEN;

    private NumeralParser() {
    }

    /** Roles of the characters of numerals.tsv (besides digits, small, big and tens: by value). */
    private static final int POINT = 1;
    private static final int VAGUE = 2;
    private static final int MORE = 3;
    private static final int ABOUT = 4;
    private static final int MINUS = 5;
    private static final int PLUS = 6;
    private static final int DECIMAL = 7;
    private static final int SEPARATOR = 8;
    private static final int EXPONENT = 9;
    private static final char WIDE_ZERO = '\uFF10';
    private static final char WIDE_NINE = '\uFF19';

    /**
     * The characters of numerals.tsv, sorted, and per character (same index): its digit value
     * (-1: none), small magnitude (0: none), big magnitude (null: none), tens (0: none) and other
     * role (0: none). A binary search over a few dozen characters: as fast as a switch, and small.
     */
    private static final char[] CHARS;
    private static final byte[] DIGIT;
    private static final short[] SMALL;
    private static final BigDecimal[] BIG;
    private static final byte[] TENS;
    private static final byte[] ROLE;

    static {
        java.util.Map<String, Integer> roles = java.util.Map.of("point", POINT, "vague", VAGUE, "more", MORE,
                "about", ABOUT, "minus", MINUS, "plus", PLUS, "decimal", DECIMAL, "separator", SEPARATOR, "exponent", EXPONENT);
        java.util.TreeMap<Character, String[]> entries = new java.util.TreeMap<>();
        for (String[] row : org.statclaim.text.ResourceText.tsv(NumeralParser.class, "numerals.tsv")) {
            if (!row[0].equals("digit") && !row[0].equals("small") && !row[0].equals("big") && !row[0].equals("tens")
                    && !roles.containsKey(row[0])) {
                throw new IllegalArgumentException("numerals.tsv: unknown role " + row[0]);
            }
            for (char c : row[2].toCharArray()) {
                if (entries.put(c, row) != null) {
                    throw new IllegalArgumentException("numerals.tsv: " + c + " listed twice");
                }
            }
        }
        int n = entries.size();
        CHARS = new char[n];
        DIGIT = new byte[n];
        SMALL = new short[n];
        BIG = new BigDecimal[n];
        TENS = new byte[n];
        ROLE = new byte[n];
        int i = 0;
        for (var e : entries.entrySet()) {
            String[] row = e.getValue();
            CHARS[i] = e.getKey();
            DIGIT[i] = row[0].equals("digit") ? Byte.parseByte(row[1]) : -1;
            SMALL[i] = row[0].equals("small") ? Short.parseShort(row[1]) : 0;
            BIG[i] = row[0].equals("big") ? new BigDecimal(row[1]) : null;
            TENS[i] = row[0].equals("tens") ? Byte.parseByte(row[1]) : 0;
            ROLE[i] = roles.getOrDefault(row[0], 0).byteValue();
            i++;
        }
    }

    /** The index of {@code c} in {@link #CHARS}, or -1. */
    private static int index(int c) {
        return c > Character.MAX_VALUE ? -1 : Math.max(-1, java.util.Arrays.binarySearch(CHARS, (char) c));
    }

    /** The value of a Chinese or Arabic digit character, or -1. */
    public static int digitValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= WIDE_ZERO && c <= WIDE_NINE) {
            return c - WIDE_ZERO;
        }
        int i = index(c);
        return i < 0 ? -1 : DIGIT[i];
    }

    static int smallUnit(int c) {
        int i = index(c);
        return i < 0 || SMALL[i] == 0 ? -1 : SMALL[i];
    }

    static BigDecimal bigUnit(int c) {
        int i = index(c);
        return i < 0 ? null : BIG[i];
    }

    private static int tens(int c) {
        int i = index(c);
        return i < 0 ? 0 : TENS[i];
    }

    private static int role(int c) {
        int i = index(c);
        return i < 0 ? 0 : ROLE[i];
    }

    private static boolean isAsciiOrWideDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= WIDE_ZERO && c <= WIDE_NINE);
    }

    /**
     * 12.32e+14, -12e-1: an exact mantissa of Arabic digits times ten to a whole exponent of at most
     * three digits; null for anything else (a vague or Chinese mantissa).
     */
    private static Numeral scientific(String mantissa, String exponentAsWritten) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < exponentAsWritten.length(); i++) { // full-width digits and signs: ２．５e－３
            char c = exponentAsWritten.charAt(i);
            int d = digitValue(c);
            folded.append(d >= 0 && isAsciiOrWideDigit(c) ? (char) ('0' + d) : role(c) == MINUS ? '-' : role(c) == PLUS ? '+' : c);
        }
        String exponent = folded.toString();
        if (!exponent.matches("[+-]?[0-9]{1,3}") || mantissa.isEmpty()
                || !isAsciiOrWideDigit(mantissa.charAt(mantissa.length() - 1))) {
            return null;
        }
        Numeral m = parseOrNull(mantissa);
        if (m == null || m.value() == null || m.max() != null || m.qualifier() != Qualifier.EXACT) {
            return null;
        }
        int e = Integer.parseInt(exponent.startsWith("+") ? exponent.substring(1) : exponent);
        return Numeral.exact(Decimals.clean(m.value().scaleByPowerOfTen(e)));
    }

    /** Parses {@code text}; see the class comment for the forms. */
    public static Optional<Numeral> parse(String text) {
        try {
            return Optional.ofNullable(parseOrNull(text));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Numeral parseOrNull(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        for (int i = 1; i < text.length(); i++) {
            if (role(text.charAt(i)) == EXPONENT) {
                return scientific(text.substring(0, i), text.substring(i + 1));
            }
        }
        boolean negative = false;
        int first = text.codePointAt(0);
        if (role(first) == MINUS) {
            negative = true;
            text = text.substring(Character.charCount(first)).strip();
        } else if (role(first) == PLUS) {
            text = text.substring(Character.charCount(first)).strip();
        }
        if (!text.isEmpty() && role(text.charAt(0)) == DECIMAL) {
            text = "0" + text; // .5
        }
        List<El> els = lex(text);
        if (els == null || els.isEmpty()) {
            return null;
        }
        Qualifier q = Qualifier.EXACT;
        // trailing markers: 3000多, 二十来
        while (!els.isEmpty() && (els.get(els.size() - 1).type == Type.MORE || els.get(els.size() - 1).type == Type.ABOUT)) {
            q = els.remove(els.size() - 1).type == Type.MORE ? Qualifier.MORE_THAN : Qualifier.APPROX;
        }
        // inner markers: 十多万, 十余万 (marker before a big unit)
        for (int i = 0; i < els.size(); i++) {
            Type t = els.get(i).type;
            if (t == Type.MORE || t == Type.ABOUT) {
                if (i + 1 < els.size() && els.get(i + 1).type == Type.BIG_UNIT && i > 0) {
                    q = t == Type.MORE ? Qualifier.MORE_THAN : Qualifier.APPROX;
                    els.remove(i);
                    i--;
                } else {
                    return null;
                }
            }
        }
        if (els.isEmpty()) {
            return null;
        }
        if (els.get(0).type == Type.VAGUE_DIGIT) {
            // 几万, 数十, 几: the text gives an order of magnitude, not a number
            for (El e : els) {
                if (e.type == Type.ARABIC || e.type == Type.POINT) {
                    return null;
                }
            }
            return new Numeral(null, null, Qualifier.VAGUE);
        }
        boolean vague = false;
        boolean pair = false;
        for (El e : els) {
            vague |= e.type == Type.VAGUE_DIGIT;
            pair |= e.type == Type.PAIR;
        }
        BigDecimal lo = evaluate(els, false);
        if (lo == null) {
            return null;
        }
        BigDecimal hi = null;
        if (vague || pair) {
            hi = evaluate(els, true);
            if (hi == null) {
                return null;
            }
            q = vague ? Qualifier.VAGUE : (q == Qualifier.EXACT ? Qualifier.APPROX : q);
        }
        if (negative) {
            lo = lo.negate();
            hi = hi == null ? null : hi.negate();
        }
        return new Numeral(Decimals.clean(lo), hi == null ? null : Decimals.clean(hi), q);
    }

    /** Splits the numeral into elements; null when a character is not part of a numeral. */
    private static List<El> lex(String s) {
        List<El> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int c = s.codePointAt(i);
            int len = Character.charCount(c);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i += len;
                continue;
            }
            if (isAsciiOrWideDigit(c)) {
                int j = i;
                StringBuilder sb = new StringBuilder();
                while (j < n) {
                    int d = s.codePointAt(j);
                    if (isAsciiOrWideDigit(d)) {
                        sb.append((char) ('0' + digitValue(d)));
                        j++;
                    } else if (role(d) == SEPARATOR && (d == ',' || j + 1 < n && s.charAt(j + 1) >= WIDE_ZERO && s.charAt(j + 1) <= WIDE_NINE)
                            && sb.length() > 0 && threeDigitsFollow(s, j + 1)) {
                        j++; // thousands separator (a full-width one only before full-width digits)
                    } else if (role(d) == DECIMAL && j + 1 < n && isAsciiOrWideDigit(s.codePointAt(j + 1))
                            && sb.indexOf(".") < 0) {
                        sb.append('.');
                        j++;
                    } else {
                        break;
                    }
                }
                out.add(new El(Type.ARABIC, new BigDecimal(sb.toString())));
                i = j;
                continue;
            }
            int d = digitValue(c);
            if (d == 0) {
                out.add(new El(Type.ZERO, BigDecimal.ZERO));
            } else if (d > 0) {
                out.add(new El(Type.DIGIT, BigDecimal.valueOf(d)));
            } else if (smallUnit(c) > 0) {
                out.add(new El(Type.SMALL_UNIT, BigDecimal.valueOf(smallUnit(c))));
            } else if (bigUnit(c) != null) {
                out.add(new El(Type.BIG_UNIT, bigUnit(c)));
            } else if (tens(c) > 0) { // 廿 = 二十
                out.add(new El(Type.DIGIT, BigDecimal.valueOf(tens(c))));
                out.add(new El(Type.SMALL_UNIT, TEN));
            } else if (role(c) == POINT || role(c) == DECIMAL && c > 0x7f) { // a full-width decimal point between Chinese digits: 三．六
                out.add(new El(Type.POINT, null));
            } else if (role(c) == VAGUE) {
                out.add(new El(Type.VAGUE_DIGIT, BigDecimal.ONE, BigDecimal.valueOf(9)));
            } else if (role(c) == MORE) {
                out.add(new El(Type.MORE, null));
            } else if (role(c) == ABOUT) {
                out.add(new El(Type.ABOUT, null));
            } else {
                return null;
            }
            i += len;
        }
        return digitsAndPairs(out);
    }

    private static boolean threeDigitsFollow(String s, int from) {
        int count = 0;
        int j = from;
        while (j < s.length() && isAsciiOrWideDigit(s.codePointAt(j))) {
            count++;
            j++;
        }
        return count == 3;
    }

    /**
     * Resolves runs of Chinese digits without units: a digit string (二〇二四 = 2024) when the
     * whole numeral has no unit, or an adjacent pair (三四十 = 30..40).
     */
    private static List<El> digitsAndPairs(List<El> els) {
        boolean hasUnit = false;
        for (El e : els) {
            hasUnit |= e.type == Type.SMALL_UNIT || e.type == Type.BIG_UNIT;
        }
        List<El> out = new ArrayList<>();
        for (int i = 0; i < els.size(); i++) {
            El e = els.get(i);
            boolean digitLike = e.type == Type.DIGIT || e.type == Type.ZERO;
            if (!digitLike) {
                out.add(e);
                continue;
            }
            int j = i;
            while (j < els.size() && (els.get(j).type == Type.DIGIT || els.get(j).type == Type.ZERO)) {
                j++;
            }
            int run = j - i;
            boolean afterPoint = !out.isEmpty() && out.get(out.size() - 1).type == Type.POINT;
            if (run == 1 || afterPoint) {
                if (afterPoint) {
                    StringBuilder frac = new StringBuilder("0.");
                    for (int k = i; k < j; k++) {
                        frac.append(els.get(k).value.intValue());
                    }
                    out.add(new El(Type.ARABIC, new BigDecimal(frac.toString())));
                } else {
                    out.add(e);
                }
                i = j - 1;
                continue;
            }
            boolean hasZero = false;
            for (int k = i; k < j; k++) {
                hasZero |= els.get(k).type == Type.ZERO;
            }
            int d1 = els.get(i).value.intValue();
            int d2 = els.get(i + 1).value.intValue();
            if (run == 2 && !hasZero && d2 > d1 && d2 - d1 <= 2) {
                out.add(new El(Type.PAIR, BigDecimal.valueOf(d1), BigDecimal.valueOf(d2)));
            } else if (!hasUnit && (run >= 3 || hasZero)) { // 二〇二四, 一七二零点一
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < j; k++) {
                    sb.append(els.get(k).value.intValue());
                }
                out.add(new El(Type.ARABIC, new BigDecimal(sb.toString())));
            } else if (hasZero && run == 2 && els.get(i).type == Type.ZERO) {
                out.add(els.get(i));       // 一千零五 style zero followed by a digit
                out.add(els.get(i + 1));
            } else {
                return null;
            }
            i = j - 1;
        }
        return out;
    }

    /** Evaluates the elements; {@code high} picks the upper end of 几 and of digit pairs. */
    private static BigDecimal evaluate(List<El> els, boolean high) {
        BigDecimal result = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal cur = null;
        boolean curIsSingleChineseDigit = false;
        int lastSmall = -1;
        BigDecimal lastBig = null;
        boolean afterZero = false;
        boolean pendingPoint = false;
        boolean any = false;
        for (El e : els) {
            switch (e.type) {
                case DIGIT, VAGUE_DIGIT, PAIR -> {
                    if (cur != null) {
                        return null;
                    }
                    cur = (high && e.alt != null) ? e.alt : e.value;
                    curIsSingleChineseDigit = e.type != Type.VAGUE_DIGIT || true;
                    any = true;
                }
                case ZERO -> {
                    if (cur != null) {
                        return null;
                    }
                    afterZero = true;
                    any = true;
                }
                case ARABIC -> {
                    if (pendingPoint) {
                        // 零點77: Arabic digits after a Chinese point are the fraction's digits
                        BigDecimal frac = e.value.compareTo(BigDecimal.ONE) < 0 && e.value.scale() > 0
                                ? e.value : new BigDecimal("0." + e.value.toPlainString().replace(".", ""));
                        cur = cur.add(frac);
                        pendingPoint = false;
                        curIsSingleChineseDigit = false;
                        continue;
                    }
                    if (cur != null) {
                        return null;
                    }
                    cur = e.value;
                    // 3万5 = 35000 and 1千2 = 1200, as 三万五 and 一千二: one Arabic digit after a magnitude is abbreviated too
                    curIsSingleChineseDigit = e.value.scale() <= 0 && e.value.signum() > 0 && e.value.compareTo(BigDecimal.TEN) < 0;
                    any = true;
                }
                case POINT -> {
                    // 三千点五 = 3000.5, 四万点六 = 40000.6, 一点五万 = 15000: the point ends the integer part
                    if (pendingPoint || !any) {
                        return null;
                    }
                    cur = abbreviated(cur, curIsSingleChineseDigit, afterZero, lastSmall, lastBig, section); // 三千五点二 = 3500.2
                    cur = result.add(section).add(cur == null ? BigDecimal.ZERO : cur);
                    result = BigDecimal.ZERO;
                    section = BigDecimal.ZERO;
                    lastSmall = -1;
                    lastBig = null;
                    afterZero = false;
                    pendingPoint = true;
                }
                case SMALL_UNIT -> {
                    int u = e.value.intValue();
                    if (lastSmall != -1 && u >= lastSmall) {
                        return null; // 百千, 十十
                    }
                    if (cur == null && (afterZero || section.signum() != 0 || result.signum() != 0) && u != 10) {
                        return null; // 一千零百
                    }
                    BigDecimal base = cur == null ? BigDecimal.ONE : cur;
                    section = section.add(base.multiply(e.value));
                    cur = null;
                    lastSmall = u;
                    afterZero = false;
                    any = true;
                }
                case BIG_UNIT -> {
                    if (cur != null && curIsSingleChineseDigit && !afterZero && cur.scale() <= 0 && lastSmall > 10) {
                        cur = cur.multiply(BigDecimal.valueOf(lastSmall / 10)); // 一百二万 = 1200000, as 一百二 = 120
                    }
                    BigDecimal chunk = section.add(cur == null ? BigDecimal.ZERO : cur);
                    if (chunk.signum() == 0) {
                        if (lastBig != null && e.value.compareTo(lastBig) > 0 && result.signum() != 0) {
                            result = result.multiply(e.value); // 万亿
                        } else if (lastBig != null && e.value.compareTo(lastBig) == 0 && e.value.intValue() == 10_000
                                && result.signum() != 0) {
                            result = result.multiply(e.value); // 四万万 = 4亿 (older usage)
                            lastBig = BigDecimal.valueOf(100_000_000);
                            continue;
                        } else {
                            return null; // 万, 亿万
                        }
                    } else if (lastBig != null && e.value.compareTo(lastBig) > 0) {
                        result = result.add(chunk).multiply(e.value); // 一万五千亿
                    } else {
                        if (lastBig != null && e.value.compareTo(lastBig) == 0) {
                            return null; // 一万二万
                        }
                        result = result.add(chunk.multiply(e.value));
                    }
                    section = BigDecimal.ZERO;
                    cur = null;
                    lastSmall = -1;
                    lastBig = e.value;
                    afterZero = false;
                }
                default -> {
                    return null;
                }
            }
        }
        if (!any || pendingPoint) {
            return null;
        }
        cur = abbreviated(cur, curIsSingleChineseDigit, afterZero, lastSmall, lastBig, section);
        return result.add(section).add(cur == null ? BigDecimal.ZERO : cur);
    }

    /**
     * 四百五 = 450, 一万五 = 15000, 千五 = 1500, 3万5 = 35000, and before a point 三千五点二 = 3500.2: a last
     * bare digit after a magnitude counts in the unit below that magnitude (3万零5 = 30005 says the zero).
     */
    private static BigDecimal abbreviated(BigDecimal cur, boolean singleChineseDigit, boolean afterZero, int lastSmall,
                                          BigDecimal lastBig, BigDecimal section) {
        if (cur == null || !singleChineseDigit || afterZero || cur.scale() > 0) {
            return cur;
        }
        if (lastSmall > 10) {
            return cur.multiply(BigDecimal.valueOf(lastSmall / 10));
        }
        if (lastSmall == -1 && lastBig != null && section.signum() == 0) {
            return cur.multiply(lastBig.divide(TEN));
        }
        return cur;
    }
}
