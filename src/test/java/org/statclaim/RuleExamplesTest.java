package org.statclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.statclaim.claim.Claim;
import org.statclaim.claim.Extractor;
import org.statclaim.input.Document;
import org.statclaim.quantity.Decimals;
import org.statclaim.quantity.Qualifier;
import org.statclaim.quantity.Quantity;
import org.statclaim.quantity.QuantityRecognizer;
import org.statclaim.quantity.QuantityRule;
import org.statclaim.text.Boilerplate;
import org.statclaim.text.RegexRules;
import org.statclaim.text.ResourceText;

/**
 * The one harness of the examples written beside the rules and word lists. Every example has the
 * form {@code example TEXT => EXPECTED} (in a word list: {@code # example TEXT => EXPECTED}); a
 * counter-example {@code counter TEXT} must not give what the rule gives.
 * <ul>
 * <li>quantity/rules.txt: the rule finds the mention TEXT (or the part of TEXT in [brackets])
 *     with EXPECTED = VALUE[..MAX] UNIT [QUALIFIER];</li>
 * <li>quantity/negative-quantities.txt (test resources): texts that give no quantity at all;</li>
 * <li>quantity/qualifiers.tsv: the quantity TEXT has the qualifier EXPECTED;</li>
 * <li>text/boilerplate.txt: the rule matches the line TEXT;</li>
 * <li>claim/cues.txt, claim/idioms.txt and claim/claim-examples.txt: the claims of the sentence,
 *     in order, are the mentions EXPECTED (MENTION | MENTION ...; nothing: no claim);</li>
 * <li>claim/claim-filter.txt: as claim-examples.txt;</li>
 * <li>claim/metric.txt, claim/time-of.txt, claim/source-words.txt, claim/direction.txt: EXPECTED =
 *     MENTION => VALUE, the metric, time, source or direction of the claim of that mention ({@code -}:
 *     empty; in direction.txt these are the counter-examples, levels that are no change);</li>
 * <li>claim/relations.txt: EXPECTED = MENTION change_from|compared_with MENTION, or none.</li>
 * </ul>
 * The claim-stage examples run through the whole public pipeline ({@link Extractor}).
 */
class RuleExamplesTest {

    static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();

    @TestFactory
    Stream<DynamicTest> quantityRules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (QuantityRule rule : RECOGNIZER.rules()) {
            assertTrue(rule.examples().stream().anyMatch(e -> !e.counter()), "rule " + rule.name() + " has no example");
            for (QuantityRule.Example ex : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.name() + ": " + ex.text(), () -> check(rule, ex)));
            }
        }
        return tests.stream();
    }

    private static void check(QuantityRule rule, QuantityRule.Example ex) {
        List<Quantity> found = RECOGNIZER.recognize(ex.text(), "CNY");
        if (ex.counter()) {
            assertTrue(found.stream().noneMatch(q -> q.rule().equals(rule.name())),
                    () -> "counter-example matched: " + found);
            return;
        }
        Quantity q = found.stream().filter(x -> x.rule().equals(rule.name())).findFirst()
                .orElseThrow(() -> new AssertionError("not recognized by " + rule.name() + ": " + found));
        assertEquals(ex.mention(), ex.text().substring(q.start(), q.end()), "mention");
        assertEquals(rule.claimUse(), q.claimUse(), "claim use");
        if (ex.expectedValue().equals("vague")) {
            assertEquals(Qualifier.VAGUE, q.qualifier(), "qualifier");
            assertEquals("", Decimals.format(q.value()), "value");
        } else {
            assertEquals(ex.expectedValue(), Decimals.format(q.value()), "value");
            assertEquals(ex.expectedMax() == null ? "" : ex.expectedMax(), Decimals.format(q.max()), "max");
            assertEquals(ex.expectedQualifier() == null ? "exact" : ex.expectedQualifier(), q.qualifier().code(), "qualifier");
        }
        if (ex.expectedUnit() != null) {
            assertEquals(ex.expectedUnit(), q.unit(), "unit");
        }
    }

    @TestFactory
    Stream<DynamicTest> noQuantityAtAll() {
        List<String> texts = ResourceText.lines(RuleExamplesTest.class, "quantity/negative-quantities.txt");
        assertFalse(texts.isEmpty());
        return texts.stream().map(t -> DynamicTest.dynamicTest("no quantity: " + t,
                () -> assertEquals(List.of(), RECOGNIZER.recognize(t, "CNY"))));
    }

    @TestFactory
    Stream<DynamicTest> qualifierWords() {
        return examples(Quantity.class, "qualifiers.tsv").map(ex -> DynamicTest.dynamicTest(ex[0] + " => " + ex[1], () -> {
            List<Quantity> found = RECOGNIZER.recognize(ex[0], "CNY");
            assertEquals(1, found.size(), "one quantity: " + found);
            assertEquals(ex[0], ex[0].substring(found.get(0).start(), found.get(0).end()), "mention");
            assertEquals(ex[1], found.get(0).qualifier().code(), "qualifier");
        }));
    }

    @TestFactory
    Stream<DynamicTest> boilerplateRules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RegexRules.Rule r : Boilerplate.rules()) {
            assertFalse(r.examples().isEmpty(), r.name() + " has no example");
            for (String ex : r.examples()) {
                tests.add(DynamicTest.dynamicTest(r.name() + " matches " + ex,
                        () -> assertTrue(r.pattern().matcher(ex).find())));
            }
            for (String ex : r.counters()) {
                tests.add(DynamicTest.dynamicTest("no rule matches " + ex,
                        () -> assertEquals(null, Boilerplate.match(ex))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> claimOrNot() {
        Stream<String[]> sentences = ResourceText.lines(Extractor.class, "claim-examples.txt").stream()
                .map(line -> line.split("=>", -1));
        return Stream.concat(Stream.concat(Stream.concat(examples(Extractor.class, "cues.txt"), examples(Extractor.class, "idioms.txt")),
                examples(Extractor.class, "claim-filter.txt")), sentences)
                .map(ex -> DynamicTest.dynamicTest(ex[0].strip() + " => " + ex[1].strip(), () -> {
                    String sentence = ex[0].strip();
                    List<String> expected = ex[1].isBlank() ? List.of()
                            : Arrays.stream(ex[1].split("\\|")).map(String::strip).toList();
                    List<String> got = new ArrayList<>();
                    for (Claim c : claims(sentence)) {
                        got.add(mention(sentence, c));
                    }
                    assertEquals(expected, got);
                }));
    }

    /** The attribute of a claim that the examples of a claim-stage data file are about. */
    private record AttributeFile(String resource, String attribute, Function<Claim, String> value) {
    }

    private static final List<AttributeFile> ATTRIBUTE_FILES = List.of(
            new AttributeFile("metric.txt", "metric", Claim::metric),
            new AttributeFile("time-of.txt", "time", Claim::time),
            new AttributeFile("source-words.txt", "source", Claim::source),
            new AttributeFile("direction.txt", "direction", Claim::direction));

    @TestFactory
    Stream<DynamicTest> attributeExamples() {
        return ATTRIBUTE_FILES.stream().flatMap(f -> examples(Extractor.class, f.resource()).map(ex ->
                DynamicTest.dynamicTest(f.resource() + ": " + ex[0] + " => " + ex[1], () -> {
                    String[] mentionValue = ex[1].split("=>");
                    Claim c = find(ex[0], claims(ex[0]), mentionValue[0].strip());
                    String expected = mentionValue[1].strip();
                    assertEquals(expected.equals("-") ? "" : expected, f.value().apply(c), f.attribute() + " (rules " + c.rule() + ")");
                })));
    }

    @TestFactory
    Stream<DynamicTest> relationExamples() {
        return examples(Extractor.class, "relations.txt").map(ex -> DynamicTest.dynamicTest(ex[0] + " => " + ex[1], () -> {
            List<Claim> claims = claims(ex[0]);
            if (ex[1].equals("none")) {
                for (Claim c : claims) {
                    assertEquals(null, c.changeFromId(), "change from " + c);
                    assertEquals(null, c.comparedWithId(), "compared with " + c);
                }
                return;
            }
            String[] rel = ex[1].split("\\s+");
            Claim from = find(ex[0], claims, rel[0]);
            Claim to = find(ex[0], claims, rel[2]);
            Integer actual = rel[1].equals("change_from") ? from.changeFromId() : from.comparedWithId();
            assertTrue(Objects.equals(to.id(), actual), rel[1] + " of " + rel[0] + " is " + actual + ", not " + to.id()
                    + " (rules " + from.rule() + ")");
        }));
    }

    /**
     * The examples of a data file: its lines {@code example TEXT => EXPECTED} (in a word list,
     * where every other line is a word, {@code # example TEXT => EXPECTED}) as {TEXT, EXPECTED}.
     */
    static Stream<String[]> examples(Class<?> anchor, String resource) {
        List<String[]> out = new ArrayList<>();
        for (String raw : ResourceText.rawLines(anchor, resource)) {
            String line = raw.strip();
            line = line.startsWith("#") ? line.substring(1).strip() : line;
            if (line.startsWith("example ")) {
                String body = line.substring("example ".length());
                int arrow = body.indexOf("=>");
                assertTrue(arrow > 0, resource + ": example without =>: " + raw);
                out.add(new String[] {body.substring(0, arrow).strip(), body.substring(arrow + 2).strip()});
            }
        }
        assertFalse(out.isEmpty(), resource + " has no example");
        return out.stream();
    }

    private static List<Claim> claims(String text) {
        return TestPipeline.extractor().extract(new Document("example", text), Extractor.Options.defaults());
    }

    private static String mention(String text, Claim c) {
        return text.substring(c.quantity().start(), c.quantity().end());
    }

    private static Claim find(String text, List<Claim> claims, String mention) {
        return claims.stream().filter(c -> mention(text, c).equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + mention + " in " + claims));
    }
}
