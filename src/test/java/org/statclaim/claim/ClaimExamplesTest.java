package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.statclaim.TestPipeline;
import org.statclaim.input.Document;
import org.statclaim.text.ResourceText;

/** Replays claim-examples.txt through the real pipeline: exactly the expected mentions are claims. */
class ClaimExamplesTest {

    @TestFactory
    Stream<DynamicTest> claimOrNot() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : ResourceText.lines(ClaimExamplesTest.class, "claim-examples.txt")) {
            String[] parts = line.split("=>", -1);
            String sentence = parts[0].strip();
            List<String> expected = parts[1].isBlank() ? List.of()
                    : Arrays.stream(parts[1].split("\\|")).map(String::strip).toList();
            tests.add(DynamicTest.dynamicTest(sentence, () -> {
                List<String> got = new ArrayList<>();
                for (Claim c : TestPipeline.extractor().extract(new Document("t", sentence), Extractor.Options.defaults())) {
                    got.add(sentence.substring(c.quantity().start(), c.quantity().end()));
                }
                assertEquals(expected, got);
            }));
        }
        return tests.stream();
    }
}
