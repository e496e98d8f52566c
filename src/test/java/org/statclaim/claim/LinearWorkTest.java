package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statclaim.TestPipeline;
import org.statclaim.input.Document;

/**
 * Any single input costs work linear in its size: the same text generator at two sizes, N and 2N
 * characters on one line, and the work measured twice, never the time (a busy machine changes
 * the time, not the work):
 * <ul>
 * <li>the look-back steps of the discourse rules ({@link Work}): the only loops of the claim stage
 * not bounded by one sentence;</li>
 * <li>the bytes the extraction allocates (CoreNLP included): every substring, matcher, token and
 * claim, a close stand-in for everything else the code does.</li>
 * </ul>
 * Linear work doubles; a quadratic step would quadruple. The bar, 2.5x, sits between.
 */
class LinearWorkTest {

    private static final String[] WORDS = {"销售额", "利润", "产量", "出口", "进口", "收入", "人口", "投资", "增长", "下降",
        "同比", "达到", "约", "超过", "近", "比去年", "提高", "减少", "其中", "全年", "从", "至", "为", "的"};
    private static final String[] UNITS = {"%", "亿元", "万吨", "万人", "个百分点", "倍", "家", "元", "公里", "平方米", "年"};
    private static final double BAR = 2.5;

    /** Dense numeric text without sentence punctuation: a claim every 15 characters or so. */
    static String dense(int chars, boolean commas) {
        Random random = new Random(11);
        StringBuilder sb = new StringBuilder(chars + 32);
        while (sb.length() < chars) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(WORDS[random.nextInt(WORDS.length)])
                    .append(random.nextInt(1000));
            if (random.nextBoolean()) {
                sb.append('.').append(random.nextInt(100));
            }
            sb.append(UNITS[random.nextInt(UNITS.length)]);
            if (commas && random.nextInt(3) == 0) {
                sb.append('\uff0c');
            }
        }
        return sb.substring(0, chars);
    }

    /** Look-back steps, allocated bytes and claims of one extraction of {@code text}. */
    private static long[] work(String text) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long steps = Work.lookBacks();
        long bytes = threads.getThreadAllocatedBytes(id);
        int claims = TestPipeline.extractor().extract(new Document("w", text), Extractor.Options.defaults()).size();
        return new long[] {Work.lookBacks() - steps, threads.getThreadAllocatedBytes(id) - bytes, claims};
    }

    private static void assertLinear(String small, String large) {
        work(small); // the JIT compiles on this pass: it is not counted
        long[] a = work(small);
        long[] b = work(large);
        String figures = String.format("N=%d: %d look-backs, %d MB, %d claims; 2N: %d look-backs, %d MB, %d claims",
                small.length(), a[0], a[1] >> 20, a[2], b[0], b[1] >> 20, b[2]);
        System.out.println("linear work: " + figures);
        assertTrue(a[2] > 100, "the text must give claims: " + figures);
        assertTrue(b[0] <= BAR * Math.max(a[0], 1), "look-backs grow faster than the input: " + figures);
        assertTrue(b[1] <= BAR * a[1], "allocation grows faster than the input: " + figures);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void denseTextOnOneLineCostsWorkLinearInItsLength(boolean commas) {
        assertLinear(dense(20_000, commas), dense(40_000, commas));
    }

    @Test
    void aLongLineOfDigitsOrCharactersCostsLinearWork() {
        for (String kind : new String[] {"digits", "yi", "mixed"}) {
            assertLinear(org.statclaim.cli.PathologicalLineTest.line(kind).substring(0, 25_000) + "\u3002\u589e\u957f5%\u3002".repeat(200),
                    org.statclaim.cli.PathologicalLineTest.line(kind) .substring(0, 50_000) + "\u3002\u589e\u957f5%\u3002".repeat(400));
        }
    }
}
