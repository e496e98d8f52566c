package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.statclaim.TestPipeline;
import org.statclaim.input.Document;

/** Replays the example sentences of metric.txt through the whole pipeline. */
class MetricExamplesTest {

    @TestFactory
    Stream<DynamicTest> metricExamples() {
        assertFalse(MetricFinder.LEXICON.examples.isEmpty());
        return MetricFinder.LEXICON.examples.stream().map(ex -> DynamicTest.dynamicTest(ex[0] + " => " + ex[1], () -> {
            List<Claim> claims = TestPipeline.extractor().extract(new Document("example", ex[0]), Extractor.Options.defaults());
            Claim c = claims.stream().filter(x -> ex[0].substring(x.quantity().start(), x.quantity().end()).equals(ex[1]))
                    .findFirst().orElseThrow(() -> new AssertionError("no claim " + ex[1] + " in " + claims));
            assertEquals(ex[2], c.metric(), "metric of " + ex[1] + " (rules " + c.rule() + ")");
        }));
    }
}
