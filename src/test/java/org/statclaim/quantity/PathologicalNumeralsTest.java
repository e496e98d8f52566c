package org.statclaim.quantity;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quantity rules on long runs of numeral characters, as long as a sentence may be (the
 * sentence splitter cuts longer runs): no catastrophic backtracking. Digit runs in the rules'
 * ARABIC part are possessive; before, 60 digits took 0.5 s and 250 digits 15 s. The timeout is
 * a hang guard, not a speed test.
 */
class PathologicalNumeralsTest {

    private static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();

    @org.junit.jupiter.api.Test
    void aRunOfMoreThanSixtyFourNumeralsIsNoQuantity() {
        String long64 = "5".repeat(QuantityRecognizer.MAX_ANCHOR_RUN - 1) + "%";
        String text = "增长" + long64 + "。";
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(long64),
                RECOGNIZER.recognize(text, "CNY").stream().map(q -> text.substring(q.start(), q.end())).toList());
        String dump = "5".repeat(QuantityRecognizer.MAX_ANCHOR_RUN + 1) + "%";
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(),
                RECOGNIZER.recognize("增长" + dump + "。", "CNY"));
        String after = dump + "，利润下降3%。";
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("3%"),
                RECOGNIZER.recognize(after, "CNY").stream().map(q -> after.substring(q.start(), q.end())).toList(), "the text after the run");
    }

    @ParameterizedTest
    @CsvSource({"digits, 2000", "yi, 1000", "ten-thousands, 1000", "digits-and-commas, 2000", "mixed, 2000"})
    void longNumeralRunsCostLittle(String kind, int length) {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            switch (kind) {
                case "digits" -> sb.append((char) ('0' + random.nextInt(10)));
                case "yi" -> sb.append('一');
                case "ten-thousands" -> sb.append(random.nextBoolean() ? "万" : "三");
                case "digits-and-commas" -> sb.append(random.nextInt(10)).append(random.nextInt(4) == 0 ? "," : "");
                default -> sb.append("一二三四五六七八九十百千万亿0123456789点多几".charAt(random.nextInt(25)));
            }
        }
        String text = sb.toString();
        long t0 = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RECOGNIZER.recognize(text, "CNY"));
        System.out.printf("quantity rules on %d %s: %.2f s%n", text.length(), kind, (System.nanoTime() - t0) / 1e9);
    }
}
