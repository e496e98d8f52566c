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
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.output.Column;
import org.statclaim.output.Row;
import org.statclaim.pipeline.DocumentPipeline;

/**
 * The real pipeline on samples/, scored against samples/gold.csv with the reference scorer's
 * matching. Fails below the bars: detection F1 0.90, strict F1 0.80, metric 0.80, time 0.95,
 * source 0.90, change and comparison precision and recall 0.90.
 */
class SamplesScoreTest {

    static final Path SAMPLES = Path.of("samples");

    static List<Map<String, String>> runOnSamples() throws IOException {
        return runOn(SAMPLES, Path::toString);
    }

    /** The rows of every .txt file of {@code dir}, in file name order; {@code doc} names a file in the rows. */
    static List<Map<String, String>> runOn(Path dir, java.util.function.Function<Path, String> doc) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String name = doc.apply(p);
                for (Row r : DocumentPipeline.of(TestPipeline.extractor(), Extractor.Options.defaults()).rows(new Document(name, text))) {
                    Map<String, String> m = new java.util.LinkedHashMap<>();
                    for (Column col : Column.values()) {
                        m.put(col.header(), r.get(col));
                    }
                    rows.add(m);
                }
            }
        }
        return rows;
    }

    @Test
    void samplesMeetTheBar() throws IOException {
        Scorer.Result r = Scorer.score(Scorer.readCsv(SAMPLES.resolve("gold.csv")), runOnSamples(), SAMPLES);
        System.out.println("samples/ scored against samples/gold.csv:");
        System.out.print(r.summary());
        r.missed().forEach(m -> System.out.println("missed: " + m));
        r.falsePositives().forEach(m -> System.out.println("false positive: " + m));
        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertTrue(r.get("f1") >= 0.90, "detection F1 " + r.get("f1") + " < 0.90"),
                () -> assertTrue(r.get("strict_f1") >= 0.80, "strict F1 " + r.get("strict_f1") + " < 0.80"),
                () -> assertTrue(r.get("metric_acc") >= 0.80, "metric " + r.get("metric_acc") + " < 0.80"),
                () -> assertTrue(r.get("time_acc") >= 0.95, "time " + r.get("time_acc") + " < 0.95"),
                () -> assertTrue(r.get("source_acc") >= 0.90, "source " + r.get("source_acc") + " < 0.90"),
                () -> assertTrue(r.get("change_p") >= 0.90 && r.get("change_r") >= 0.90,
                        "change P/R " + r.get("change_p") + "/" + r.get("change_r")),
                () -> assertTrue(r.get("compare_p") >= 0.90 && r.get("compare_r") >= 0.90,
                        "compare P/R " + r.get("compare_p") + "/" + r.get("compare_r")));
    }
}
