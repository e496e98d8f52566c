package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statclaim.TestPipeline;
import org.statclaim.input.Document;

/**
 * The claim steps: a pipeline in a wrong order does not start, and claims are values. (The
 * examples of the steps' data files are replayed by org.statclaim.RuleExamplesTest.)
 */
class ClaimStepsTest {

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
                "NumberingStep", "DirectionStep", "BaseUnitStep", "QualifierStep", "MetricStep", "DocumentYearStep", "TimeStep", "SourceStep", "SourceCarryStep", "BackReferenceStep",
                "TimeCarryStep", "GoverningTimeStep", "RelationsStep"), names);
        assertEquals(7, ClaimPipeline.allQuantities(null, null).steps().size());
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
