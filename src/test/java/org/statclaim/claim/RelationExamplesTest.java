package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.statclaim.TestPipeline;
import org.statclaim.input.Document;

/** Replays the example texts of relations.txt through the whole pipeline. */
class RelationExamplesTest {

    @TestFactory
    Stream<DynamicTest> relationExamples() {
        assertFalse(Relations.EXAMPLES.isEmpty());
        return Relations.EXAMPLES.stream().map(ex -> DynamicTest.dynamicTest(ex[0] + " => " + ex[1], () -> {
            String text = ex[0];
            List<Claim> claims = TestPipeline.extractor().extract(new Document("example", text), Extractor.Options.defaults());
            if (ex[1].equals("none")) {
                for (Claim c : claims) {
                    assertNull(c.changeFromId(), "change from " + c);
                    assertNull(c.comparedWithId(), "compared with " + c);
                }
                return;
            }
            String[] rel = ex[1].split("\\s+");
            Claim from = find(text, claims, rel[0]);
            Claim to = find(text, claims, rel[2]);
            Integer actual = rel[1].equals("change_from") ? from.changeFromId() : from.comparedWithId();
            assertEquals(to.id(), actual, rel[1] + " of " + rel[0] + " (rules " + from.rule() + ")");
        }));
    }

    private static Claim find(String text, List<Claim> claims, String mention) {
        return claims.stream().filter(c -> text.substring(c.quantity().start(), c.quantity().end()).equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + mention + " in " + claims));
    }
}
