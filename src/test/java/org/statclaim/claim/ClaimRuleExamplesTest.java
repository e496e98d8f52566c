package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.statclaim.text.RegexRules;

/** Replays the examples beside every time, source and currency rule (time.txt, sources.txt, currency-regions.txt). */
class ClaimRuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> timeRules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RegexRules.Rule r : TimeExpressions.rules()) {
            assertFalse(r.examples().isEmpty(), r.name() + " has no example");
            for (String ex : r.examples()) {
                String[] parts = ex.split("=>", -1);
                String input = parts[0].strip();
                String expected = parts.length > 1 ? parts[1].strip() : "";
                tests.add(DynamicTest.dynamicTest(r.name() + ": " + ex, () -> {
                    List<TimeExpressions.TimeMention> found = TimeExpressions.find(input, 0, input.length());
                    if (r.field("requires") != null) {
                        // a form that is a year only in context: the example gives the context, the rule finds its end
                        TimeExpressions.TimeMention last = found.get(found.size() - 1);
                        assertEquals(r.name(), last.rule(), "found " + found);
                        assertEquals(input.length(), last.end(), "ends the text");
                        assertEquals(expected, last.value());
                        return;
                    }
                    assertEquals(1, found.size(), "found " + found);
                    assertEquals(r.name(), found.get(0).rule());
                    assertEquals(input.length(), found.get(0).end() - found.get(0).start(), "whole text");
                    assertEquals(expected, found.get(0).value());
                }));
            }
            for (String ex : r.counters()) {
                tests.add(DynamicTest.dynamicTest(r.name() + " not: " + ex, () -> assertTrue(
                        TimeExpressions.find(ex, 0, ex.length()).stream().noneMatch(t -> t.rule().equals(r.name())))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> relativeTimeRules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RegexRules.Rule r : TimeExpressions.RELATIVE) {
            assertFalse(r.examples().isEmpty(), r.name() + " has no example");
            for (String ex : r.examples()) {
                String[] io = ex.split("=>");
                String[] textAndDate = io[0].split("@");
                String input = textAndDate[0].strip();
                java.time.LocalDate date = java.time.LocalDate.parse(textAndDate[1].strip());
                tests.add(DynamicTest.dynamicTest(r.name() + ": " + ex, () -> {
                    List<TimeExpressions.TimeMention> found = TimeExpressions.find(input, 0, input.length(), date);
                    TimeExpressions.TimeMention last = found.get(found.size() - 1);
                    assertEquals(r.name(), last.rule(), "found " + found);
                    assertEquals(input.length(), last.end(), "ends the text");
                    assertEquals(io[1].strip(), last.value());
                    if (found.size() == 1) {
                        assertEquals("", TimeExpressions.find(input, 0, input.length(), null).get(0).value(), "no document date");
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> documentDateRules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RegexRules.Rule r : DocumentDate.RULES) {
            assertFalse(r.examples().isEmpty(), r.name() + " has no example");
            for (String ex : r.examples()) {
                String[] io = ex.split("=>");
                tests.add(DynamicTest.dynamicTest(r.name() + ": " + ex,
                        () -> assertEquals(java.time.LocalDate.parse(io[1].strip()), DocumentDate.parse(io[0].strip()))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> sourceRules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RegexRules.Rule r : SourceFinder.RULES) {
            assertFalse(r.examples().isEmpty(), r.name() + " has no example");
            for (String ex : r.examples()) {
                String[] parts = ex.split("=>");
                tests.add(DynamicTest.dynamicTest(r.name() + ": " + ex, () -> {
                    String[] found = SourceFinder.find(parts[0].strip());
                    assertTrue(found != null, "no source found");
                    assertEquals(parts[1].strip(), found[0]);
                    assertEquals(r.name(), found[1]);
                }));
            }
            for (String ex : r.counters()) {
                tests.add(DynamicTest.dynamicTest(r.name() + " not: " + ex, () -> assertEquals(null, SourceFinder.find(ex))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> currencyRegions() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : org.statclaim.text.ResourceText.rawLines(CurrencyContext.class, "currency-regions.txt")) {
            if (line.startsWith("# example ")) {
                String[] io = line.substring("# example ".length()).split("=>");
                tests.add(DynamicTest.dynamicTest(line, () -> assertEquals(io[1].strip(),
                        CurrencyContext.documentDefault(io[0].strip(), Extractor.FALLBACK_CURRENCY))));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> contextQualifierRules() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RegexRules.Rule r : ContextQualifier.RULES) {
            assertFalse(r.examples().isEmpty(), r.name() + " has no example");
            for (String ex : r.examples()) {
                tests.add(DynamicTest.dynamicTest(r.name() + ": " + ex, () -> assertEquals(r, ContextQualifier.rule(ex))));
            }
            for (String ex : r.counters()) {
                tests.add(DynamicTest.dynamicTest(r.name() + " not: " + ex, () -> assertTrue(ContextQualifier.rule(ex) != r)));
            }
        }
        return tests.stream();
    }
}
