package org.statclaim.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays every example and counter-example written beside the rules in rules.txt. */
class QuantityRulesTest {

    static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();

    @TestFactory
    Stream<DynamicTest> everyRuleExample() {
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
}
