package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.statclaim.TestPipeline;
import org.statclaim.input.Document;
import org.statclaim.text.Lexicon;

/**
 * The claim steps: their order is checked, and the examples of their data files are replayed
 * through the whole pipeline. One example format: {@code example TEXT => MENTION => VALUE}, where
 * VALUE is the attribute the file is about ({@code -} for an empty one), or {@code example TEXT =>
 * MENTION} (a claim is found there) and {@code example TEXT => -} (no claim at all).
 */
class ClaimStepsTest {

    private record ExampleFile(String name, String attribute, Function<Claim, String> value) {
    }

    private static final List<ExampleFile> FILES = List.of(
            new ExampleFile("metric.txt", "metric", Claim::metric),
            new ExampleFile("time-of.txt", "time", Claim::time),
            new ExampleFile("source-words.txt", "source", Claim::source),
            new ExampleFile("claim-filter.txt", "claim", c -> ""));

    @TestFactory
    Stream<DynamicTest> examplesOfTheDataFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ExampleFile f : FILES) {
            List<String> examples = Lexicon.load(ClaimStepsTest.class, f.name()).examples();
            assertFalse(examples.isEmpty(), f.name() + " has examples");
            for (String ex : examples) {
                String[] parts = ex.split("=>");
                String text = parts[0].strip();
                String mention = parts[1].strip();
                tests.add(DynamicTest.dynamicTest(f.name() + ": " + ex, () -> {
                    List<Claim> claims = TestPipeline.extractor().extract(new Document("example", text), Extractor.Options.defaults());
                    if (mention.equals("-")) {
                        assertTrue(claims.isEmpty(), "no claim in " + text + ", found " + claims);
                        return;
                    }
                    Claim c = claims.stream().filter(x -> text.substring(x.quantity().start(), x.quantity().end()).equals(mention))
                            .findFirst().orElseThrow(() -> new AssertionError("no claim " + mention + " in " + claims));
                    if (parts.length > 2) {
                        String expected = parts[2].strip();
                        assertEquals(expected.equals("-") ? "" : expected, f.value().apply(c),
                                f.attribute() + " of " + mention + " (rules " + c.rule() + ")");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aPipelineThatReadsWhatNoEarlierStepAddsDoesNotStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClaimPipeline(List.of(new QuantityStep(null), new MetricStep())));
        assertTrue(e.getMessage().contains("MetricStep"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ClaimPipeline(List.of(new QuantityStep(null), new QuantityFilterStep(), new ClaimFilterStep(),
                        new TaggingStep(null), new WordFilterStep(), new NumberingStep(), new QualifierStep(), new MetricStep(),
                        new RelationsStep(), new TimeStep(), new SourceStep(), new SourceCarryStep(), new BackReferenceStep(),
                        new TimeCarryStep())));
    }

    @Test
    void theStandardPipelinesAreInOrder() {
        List<String> names = ClaimPipeline.claims(null, null).steps().stream().map(ClaimStep::name).toList();
        assertEquals(List.of("QuantityStep", "QuantityFilterStep", "ClaimFilterStep", "TaggingStep", "WordFilterStep",
                "NumberingStep", "QualifierStep", "MetricStep", "DocumentYearStep", "TimeStep", "SourceStep", "SourceCarryStep", "BackReferenceStep",
                "TimeCarryStep", "GoverningTimeStep", "RelationsStep"), names);
        assertEquals(5, ClaimPipeline.allQuantities(null, null).steps().size());
    }

    @Test
    void claimsAreValuesEachStepReturnsANewOne() {
        List<Claim> claims = TestPipeline.extractor().extract(new Document("t", "2023年全国粮食总产量达到6.95亿吨，比上年增长1.3%。"),
                Extractor.Options.defaults());
        assertEquals(2, claims.size());
        Claim c = claims.get(0);
        String metric = c.metric();
        Claim changed = c.withMetric("粮食产量", "metric.test");
        assertEquals(metric, c.metric());
        assertEquals("粮食产量", changed.metric());
        assertTrue(changed.rule().endsWith("+metric.test"));
        assertFalse(c.rule().endsWith("+metric.test"));
    }
}
