package org.statclaim.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.statclaim.text.RegexRules;
import org.statclaim.text.RequiredChars;

/**
 * The characters a rule's every match holds ({@link RequiredChars}), read from its regex: a text
 * without them is not searched (sources, document dates), so they must be in every match.
 */
class RequiredCharsTest {

    private static String chars(String regex) {
        return RequiredChars.of(Pattern.compile(regex)).chars();
    }

    @Test
    void readFromTheRegex() {
        assertEquals("a", chars("ab"));                        // a sequence: one of its parts (the first of the fewest)
        assertEquals("ab", chars("a|b"));                      // an alternation: any branch
        assertEquals("ac", chars("(?:a|c)x?b*(?<n>[xy]{0,2})"));
        assertEquals("x", chars("a?x+"));
        assertEquals("01", chars("[01]{2}\\d"));
        assertEquals("0123456789", chars("^\\s*(?<y>[0-9]{4})"));
        assertEquals("\u663e\u793a", chars("\\Q\u663e\\E\\Q\u793a\\E|\\Q\u793a\\E"));
        assertEquals("-.", chars("[-.]"));
        assertNull(chars("a|"));                               // a branch that needs nothing
        assertNull(chars("(?=a)b?"));                          // lookarounds need nothing
        assertNull(chars("[^a]"));
        assertNull(chars(".+"));
        assertNull(chars("(?i)a"));                            // not followed: always searched
        assertNull(chars("(a)\\1"));
        assertNull(chars("\\u0041"));
        assertNull(chars("[\\p{L}]"));
        assertTrue(RequiredChars.anywhere().mayMatch("", 0, 0));
        assertTrue(RequiredChars.of(Pattern.compile("a|b")).mayMatch("xxb", 0, 3));
        assertTrue(!RequiredChars.of(Pattern.compile("a|b")).mayMatch("xxb", 0, 2));
    }

    /** Every match of every source, document-date and time rule on the repository's texts and the rules' examples holds a needed character. */
    @Test
    void everyMatchHoldsANeededCharacter() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("samples", "src/test/resources")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|tsv)")).sorted().toList()) {
                    String t = Files.readString(p, StandardCharsets.UTF_8);
                    texts.addAll(List.of(t.split("\n")));
                }
            }
        }
        List<RegexRules.Rule> rules = new ArrayList<>(SourceFinder.RULES);
        rules.addAll(DocumentDate.RULES);
        rules.addAll(TimeExpressions.rules());
        for (RegexRules.Rule r : rules) {
            for (String e : r.examples()) {
                texts.add(e.split(" => ")[0]);
            }
            texts.addAll(r.counters());
        }
        int matches = 0;
        int filtering = 0;
        for (RegexRules.Rule r : rules) {
            RequiredChars need = RequiredChars.of(r.pattern());
            if (need.chars() != null) {
                filtering++;
            }
            for (String t : texts) {
                Matcher m = r.pattern().matcher(t);
                while (m.find()) {
                    matches++;
                    assertTrue(need.mayMatch(t, m.start(), m.end()), r.name() + " matched " + m.group() + " in " + t);
                    if (m.end() == m.start()) {
                        break;
                    }
                }
            }
        }
        assertTrue(matches > 500, "matches checked: " + matches);
        assertTrue(filtering > rules.size() / 2, "rules with needed characters: " + filtering + " of " + rules.size());
    }
}
