package org.statclaim.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * The numeral parser on any string: it returns a numeral or nothing, never throws, never hangs,
 * and a range it returns is ordered. Seeds: {@code NumeralParserFuzzTestInputs/parse/}, replayed by
 * {@code ./mvnw verify}; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=NumeralParserFuzzTest} fuzzes (README).
 */
class NumeralParserFuzzTest {

    /** The characters numerals are made of: ASCII letters in the input stand for them, so the fuzzer reaches them easily. */
    private static final String NUMERAL_CHARS = "〇零一二两兩三四五六七八九十百千万萬亿億兆几幾数數多余餘来點点半壹贰叁拾佰仟廿卅卌分之成折倍负．，０５";

    @FuzzTest(maxDuration = "2m")
    @Timeout(10)
    void parse(byte[] input) {
        String text = numerals(new String(input, StandardCharsets.UTF_8));
        Optional<Numeral> n = NumeralParser.parse(text);
        if (n.isPresent() && n.get().value() != null && n.get().max() != null) {
            assertTrue(n.get().value().compareTo(n.get().max()) <= 0, text + " -> " + n.get());
        }
    }

    static String numerals(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                sb.append(NUMERAL_CHARS.charAt((c - 'A') % NUMERAL_CHARS.length()));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
