package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statclaim.TestPipeline;

/**
 * A line of 10^5 characters without punctuation is read through (before: 250 digits took 15 s in
 * the quantity rules and 10^5 never finished; a line of 一 overflowed the regex stack), and the
 * lines around it still give their rows. That its cost is linear in its length is proved by
 * counting work, not time: {@code claim.LinearWorkTest}; the time here is only printed.
 */
public class PathologicalLineTest {

    private static final int LENGTH = 100_000;
    private static final String CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
            + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些"
            + "然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很";

    public static String line(String kind) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(switch (kind) {
                case "digits" -> (char) ('0' + random.nextInt(10));
                case "yi" -> '一';
                default -> random.nextInt(6) == 0 ? (char) ('0' + random.nextInt(10)) : CJK.charAt(random.nextInt(CJK.length()));
            });
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"digits", "yi", "mixed"})
    void aLongLineWithoutPunctuationCostsSeconds(String kind, @TempDir Path dir) throws IOException {
        TestPipeline.extractor(); // the models' load is not the line's cost
        Path f = Files.writeString(dir.resolve(kind + ".txt"), "营收增长了5%。\n" + line(kind) + "\n利润下降了3%。\n", StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run("-q", "--threads", "1", f.toString());
        System.out.printf("pathological line of 10^5 %s: %.1f s, %d rows%n", kind, (System.nanoTime() - t0) / 1e9, r.out().lines().count() - 1);
        assertEquals(ExitCode.OK, r.code(), r.err());
        // the lines around it are still read
        org.junit.jupiter.api.Assertions.assertTrue(r.out().contains(",5%,") && r.out().contains(",3%,"), r.out());
    }
}
