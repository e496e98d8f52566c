package org.statclaim.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sixteen whole news documents written blind (src/test/resources/news, its README gives the
 * first, held-out score), Simplified and Traditional, with headlines, datelines, bylines and
 * boilerplate, scored with the reference scorer's matching. Bars: the current figures less a
 * small margin.
 */
class NewsDocumentsTest {

    static final Path NEWS = Path.of("src/test/resources/news");

    @Test
    void newsDocumentsMeetTheBar() throws IOException {
        Path texts = NEWS.resolve("texts");
        List<Map<String, String>> rows = SamplesScoreTest.runOn(texts, p -> p.getFileName().toString());
        Scorer.Result r = Scorer.score(Scorer.readCsv(NEWS.resolve("gold.csv")), rows, texts);
        System.out.println("news documents scored against their gold:");
        System.out.print(r.summary());
        r.missed().forEach(m -> System.out.println("missed: " + m));
        r.falsePositives().forEach(m -> System.out.println("false positive: " + m));
        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertTrue(r.get("f1") >= 0.96, "detection F1 " + r.get("f1")),
                () -> assertTrue(r.get("strict_f1") >= 0.96, "strict F1 " + r.get("strict_f1")),
                () -> assertTrue(r.get("time_acc") >= 0.90, "time " + r.get("time_acc")),
                () -> assertTrue(r.get("metric_acc") >= 0.76, "metric " + r.get("metric_acc")),
                () -> assertTrue(r.get("source_acc") >= 0.88, "source " + r.get("source_acc")),
                () -> assertTrue(r.get("change_p") >= 0.90 && r.get("change_r") >= 0.68,
                        "change P/R " + r.get("change_p") + "/" + r.get("change_r")),
                () -> assertTrue(r.get("compare_p") >= 0.90 && r.get("compare_r") >= 0.60,
                        "compare P/R " + r.get("compare_p") + "/" + r.get("compare_r")));
    }
}
