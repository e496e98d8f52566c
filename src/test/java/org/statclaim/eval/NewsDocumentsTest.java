package org.statclaim.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statclaim.TestPipeline;
import org.statclaim.claim.Claim;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.output.Column;
import org.statclaim.output.Row;

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
        List<Map<String, String>> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String doc = p.getFileName().toString();
                for (Claim c : TestPipeline.extractor().extract(new Document(doc, text), Extractor.Options.defaults())) {
                    Row r = Row.of(doc, text, c);
                    Map<String, String> m = new java.util.LinkedHashMap<>();
                    for (Column col : Column.values()) {
                        m.put(col.header(), r.get(col));
                    }
                    rows.add(m);
                }
            }
        }
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
