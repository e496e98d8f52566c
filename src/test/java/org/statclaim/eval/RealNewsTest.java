package org.statclaim.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real published news nobody here wrote (../shared/realnews: 24 articles, SIGHAN 2005 and
 * Sina/THUCNews, 7 Traditional, with their gold and the annotators' decisions). The texts are
 * third-party: they are read from ../shared, never copied here, and the test is skipped where
 * they are absent. Scored with the reference scorer's matching.
 *
 * <p>Bars: the figures reached, less a margin (the shared set may be revised from outside), so
 * that nothing already won is lost and every bar is above the first run's figures. The
 * goals of the real-news issue are higher for metric (0.85, not reached yet: 0.80 today; time 0.94
 * and change recall 0.94 reach theirs): {@link #GOALS} lists them, and the test prints how far each figure is from its goal.
 */
class RealNewsTest {

    static final Path REAL = Path.of("..", "shared", "realnews");

    /** The real-news issue's goals, printed beside the figures. */
    static final Map<String, Double> GOALS = Map.of("f1", 0.95, "strict_f1", 0.92, "metric_acc", 0.85, "time_acc", 0.92,
            "source_acc", 0.85, "change_p", 0.90, "change_r", 0.85, "compare_p", 0.80, "compare_r", 0.70);

    @Test
    void realNewsMeetsTheBar() throws IOException {
        Path texts = REAL.resolve("texts");
        Assumptions.assumeTrue(Files.isDirectory(texts) && Files.isRegularFile(REAL.resolve("gold.csv")),
                "../shared/realnews is not here");
        List<Map<String, String>> rows = SamplesScoreTest.runOn(texts, p -> p.getFileName().toString());
        Scorer.Result r = Scorer.score(Scorer.readCsv(REAL.resolve("gold.csv")), rows, texts);
        System.out.println("real news (../shared/realnews) scored against its gold:");
        System.out.print(r.summary());
        GOALS.forEach((k, goal) -> System.out.printf(java.util.Locale.ROOT, "  %-10s %.3f (goal %.2f)%s%n", k, r.get(k), goal,
                r.get(k) >= goal ? "" : "  below the goal"));
        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertTrue(r.get("f1") >= 0.94, "detection F1 " + r.get("f1")),
                () -> assertTrue(r.get("strict_f1") >= 0.90, "strict F1 " + r.get("strict_f1")),
                () -> assertTrue(r.get("time_acc") >= 0.91, "time " + r.get("time_acc")),
                () -> assertTrue(r.get("metric_acc") >= METRIC_BAR, "metric " + r.get("metric_acc")),
                () -> assertTrue(r.get("source_acc") >= 0.88, "source " + r.get("source_acc")),
                () -> assertTrue(r.get("change_p") >= 0.88 && r.get("change_r") >= 0.88,
                        "change P/R " + r.get("change_p") + "/" + r.get("change_r")),
                () -> assertTrue(r.get("compare_p") >= 0.80 && r.get("compare_r") >= 0.70,
                        "compare P/R " + r.get("compare_p") + "/" + r.get("compare_r")));
    }

    private static final double METRIC_BAR = 0.78;
}
