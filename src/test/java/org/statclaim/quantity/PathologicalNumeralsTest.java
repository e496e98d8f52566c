package org.statclaim.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quantity rules on long runs of numeral characters, as long as a sentence may be (the
 * sentence splitter cuts longer runs): no catastrophic backtracking. Digit runs in the rules'
 * ARABIC part are possessive; before, 60 digits took 0.5 s and 250 digits 15 s. Measured as work,
 * not time: the characters the rules' regular expressions read ({@link Counting}) at two lengths
 * grow as the text does, not faster.
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

    /** The text, counting every character the regular expressions read. */
    static final class Counting implements CharSequence {
        private final String text;
        long reads;

        Counting(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }

    static String run(String kind, int length) {
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
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource({"digits, 2000", "yi, 1000", "ten-thousands, 1000", "digits-and-commas, 2000", "mixed, 2000"})
    void longNumeralRunsCostWorkLinearInTheirLength(String kind, int length) {
        Counting half = new Counting(run(kind, length / 2));
        RECOGNIZER.recognize(half, "CNY");
        Counting whole = new Counting(run(kind, length));
        RECOGNIZER.recognize(whole, "CNY");
        System.out.printf("quantity rules on %s: %d chars read for %d, %d for %d%n", kind, half.reads, half.length(), whole.reads, whole.length());
        // linear doubles, quadratic backtracking quadruples
        assertTrue(whole.reads <= 2.5 * half.reads, kind + ": " + half.reads + " -> " + whole.reads);
    }
}
