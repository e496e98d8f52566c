package org.statclaim.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Arabic digits: half- and full-width, separators, decimals, signs
            "16|16", "１２３|123", "1,234,567|1234567", "62.9|62.9", "０．５|0.5", "-3.5|-3.5", "负10000|-10000",
            // magnitudes folded in, exactly
            "30万|300000", "1.5亿|150000000", "3万4000|34000", "3万5|35000", "1千2|1200", "3万零5|30005", "4.78万亿|4780000000000", "1,100.9亿|110090000000",
            "5亿1万4千6百|500014600", "7 万5 千4 百|75400", "0.1亿|10000000",
            // Chinese numerals
            "十|10", "十一|11", "二十|20", "一百零一|101", "一千零一十一|1011", "一万零一|10001", "两千四百五|2450",
            "四百五|450", "一万五|15000", "七十八万五佰零六|780506", "五亿零六|500000006", "一百零一万一千|1011000",
            "一亿一千一百一十一万一千一百一十一|111111111", "十万亿|10000000000000", "一万五千亿|1500000000000",
            // financial and Traditional forms, 廿 卅
            "壹仟贰佰|1200", "拾壹|11", "參拾參|33", "陸拾|60", "兩萬|20000", "三億|300000000", "廿五|25", "卅|30",
            // decimals in Chinese, digit strings
            "三点一四|3.14", "零点五|0.5", "三點五|3.5", "二〇二四|2024", "一九九五|1995",
            // scientific notation: an exact Arabic mantissa times ten to a whole exponent
            "12.32e+14|1232000000000000", "-12e-1|-1.2", "3E8|300000000", "1e0|1"})
    void parsesExactValues(String text, String expected) {
        Numeral n = NumeralParser.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
        assertEquals(expected, Decimals.format(n.value()));
        assertEquals(Qualifier.EXACT, n.qualifier());
    }

    @ParameterizedTest(name = "{0} -> {1}..{2} {3}")
    @CsvSource(delimiter = '|', value = {
            "十几万|110000|190000|VAGUE", "二十几|21|29|VAGUE", "三四十万|300000|400000|APPROX", "两三|2|3|APPROX",
            "六七十|60|70|APPROX", "3000多|3000||MORE_THAN", "十多万|100000||MORE_THAN", "30多万|300000||MORE_THAN",
            "十余万|100000||MORE_THAN", "二十来|20||APPROX", "几万||VAGUE|VAGUE", "数十||VAGUE|VAGUE"})
    void vagueFormsAreDecidedOnce(String text, String lo, String hi, String qualifier) {
        Numeral n = NumeralParser.parse(text).orElseThrow();
        if ("VAGUE".equals(hi)) {
            assertEquals(null, n.value());
            assertEquals(null, n.max());
        } else {
            assertEquals(lo, Decimals.format(n.value()));
            assertEquals(hi == null ? "" : hi, Decimals.format(n.max()));
        }
        assertEquals(Qualifier.valueOf(qualifier), n.qualifier());
    }

    @ParameterizedTest
    @ValueSource(strings = {"万", "万万", "百千", "十十", "一万二万", "点", "五五", "", "abc", "亿万", "e5", "1e", "1e1.5", "1e1234", "三e2", "3多e2"})
    void rejectsMalformedNumerals(String text) {
        assertTrue(NumeralParser.parse(text).isEmpty(), () -> text + " -> " + NumeralParser.parse(text));
    }

    @Property(tries = 2000)
    void everyNumberSurvivesEveryChineseStyle(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        BigDecimal expected = BigDecimal.valueOf(n);
        for (Style style : Style.values()) {
            String text = write(n, style);
            Numeral parsed = NumeralParser.parse(text).orElseThrow(() -> new AssertionError(style + " not parsed: " + text));
            assertEquals(0, expected.compareTo(parsed.value()), style + ": " + text);
        }
    }

    @Property(tries = 500)
    void arabicWithMagnitudes(@ForAll @LongRange(min = 1, max = 99_999_999L) long wan, @ForAll @LongRange(min = 0, max = 9999) long rest) {
        String text = wan + "万" + (rest == 0 ? "" : String.valueOf(rest));
        // one digit after 万 is said in thousands (3万5 = 35000, as 三万五); more digits are the ones written
        long expected = wan * 10_000 + (rest < 10 ? rest * 1000 : rest);
        assertEquals(BigDecimal.valueOf(expected), NumeralParser.parse(text).orElseThrow().value(), text);
        if (rest > 0) {
            assertEquals(BigDecimal.valueOf(wan * 10_000 + rest), NumeralParser.parse(wan + "万零" + rest).orElseThrow().value());
        }
    }

    enum Style { PLAIN, LIANG, FINANCIAL, TRADITIONAL, MIXED }

    /** Writes n as Chinese numerals: 一千二百三十四万零五十六 and the like. */
    static String write(long n, Style style) {
        if (style == Style.MIXED) {
            long yi = n / 100_000_000L;
            long wan = (n / 10_000) % 10_000;
            long rest = n % 10_000;
            StringBuilder sb = new StringBuilder();
            if (yi > 0) {
                sb.append(yi).append('亿');
            }
            if (wan > 0) {
                sb.append(wan).append('万');
            }
            if (rest > 0 && rest < 10 && sb.length() > 0) {
                sb.append('零'); // 3亿零5: without the zero 3亿5 is 350000000
            }
            if (rest > 0 || sb.length() == 0) {
                sb.append(rest);
            }
            return sb.toString();
        }
        String digits = style == Style.FINANCIAL ? "零壹贰叁肆伍陆柒捌玖" : style == Style.TRADITIONAL ? "零一二三四五六七八九" : "零一二三四五六七八九";
        String units = style == Style.FINANCIAL ? "拾佰仟" : "十百千";
        String big = style == Style.TRADITIONAL ? "萬億" : "万亿";
        if (n == 0) {
            return "零";
        }
        long[] groups = {n / 100_000_000L, (n / 10_000) % 10_000, n % 10_000};
        String[] bigs = {String.valueOf(big.charAt(1)), String.valueOf(big.charAt(0)), ""};
        StringBuilder sb = new StringBuilder();
        boolean zeroPending = false;
        for (int g = 0; g < 3; g++) {
            long v = groups[g];
            if (v == 0) {
                zeroPending = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0 && (zeroPending || v < 1000)) {
                sb.append('零');
            }
            zeroPending = false;
            sb.append(group((int) v, digits, units, style == Style.LIANG, sb.length() == 0)).append(bigs[g]);
        }
        return sb.toString();
    }

    private static String group(int v, String digits, String units, boolean liang, boolean leading) {
        StringBuilder sb = new StringBuilder();
        int[] d = {v / 1000, (v / 100) % 10, (v / 10) % 10, v % 10};
        boolean zero = false;
        boolean started = false;
        for (int i = 0; i < 4; i++) {
            if (d[i] == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            char digit = digits.charAt(d[i]);
            if (liang && d[i] == 2 && i < 2) {
                digit = '两';
            }
            sb.append(digit);
            if (i < 3) {
                sb.append(units.charAt(2 - i));
            }
            started = true;
        }
        return sb.toString();
    }
}
