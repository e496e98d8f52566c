package org.statclaim.quantity;

import org.statclaim.text.StartChars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The engine tries a rule only at the characters that can begin one of its matches
 * ({@link StartChars}) and only near the characters it needs (rules.txt: needs); it must find
 * exactly the matches that trying every position finds.
 */
class StartCharsTest {

    static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();

    @Test
    void sameMatchesOnEveryTextOfTheRepository() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("samples", "src/test/resources")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|tsv)")).sorted().toList()) {
                    String t = Files.readString(p, StandardCharsets.UTF_8);
                    if (dir.equals("samples")) {
                        texts.add(t); // whole documents: matches across lines too
                    }
                    texts.addAll(List.of(t.split("\n")));
                }
            }
        }
        for (QuantityRule rule : RECOGNIZER.rules()) {
            rule.examples().forEach(e -> texts.add(e.text()));
        }
        int matches = 0;
        for (String t : texts) {
            List<Quantity> everywhere = RECOGNIZER.matches(t, 0, t.length(), "CNY", false);
            assertEquals(everywhere, RECOGNIZER.matches(t, 0, t.length(), "CNY", true), t);
            matches += everywhere.size();
        }
        assertTrue(matches > 5_000, "matches compared: " + matches);
    }

    @Property(tries = 3000)
    void sameMatchesOnRandomText(@ForAll("quantityish") String t) {
        assertEquals(RECOGNIZER.matches(t, 0, t.length(), "CNY", false), RECOGNIZER.matches(t, 0, t.length(), "CNY", true));
    }

    @Provide
    Arbitrary<String> quantityish() {
        // the characters of the rules and lexicons, digits, numerals, spaces and some ordinary text
        String alphabet = "0123456789０１２.．,，%％‰-~至到一二两三四五六七八九十百千万亿零半成折倍番翻第前排名位个人家元块角分美元美分"
                + "人民币港币约近超过不到以上左右多余逾达占增长下降了的是年月日岁 　米公里平方吨亿元之又点";
        return Arbitraries.strings().withChars(alphabet.toCharArray()).ofMinLength(1).ofMaxLength(24);
    }

    @Test
    void patternsThatLookBeforeTheirStartAreFilteredWithoutTheirLookbehinds() {
        assertTrue(StartChars.filterable("(?<=约)\\d+")); // its first characters are those of \d+
        assertFalse(StartChars.filterable("\\b\\d+"));
        assertFalse(StartChars.filterable("\uD842\uDFB7\\d"));
        assertTrue(StartChars.filterable("(?<![0-9])\\d+"));
        // a lookbehind whose removal could change the outcome: the pattern is tried everywhere
        assertEquals("a\\d", StartChars.withoutLookbehinds("a(?!(?<=a)b)\\d")); // the negative lookahead goes whole
        assertEquals("\\d", StartChars.withoutLookbehinds("(?<!x(?!(?<=a)b))\\d"));
        assertFalse(StartChars.filterable("(?>x(?<=x)|xy)\\d"));
        assertFalse(StartChars.filterable("(?:a(?<=a))++\\d"));
        assertFalse(StartChars.filterable("((?<=a)b)\\1"));
        assertEquals("\\d+(?:k)?", StartChars.withoutLookbehinds("\\d+(?:(?<=[0-9])k)?"));
        assertEquals("[(?<=]a", StartChars.withoutLookbehinds("[(?<=]a(?<=a(?<=a))"));
        assertEquals("\\Q(?<=\\Ea", StartChars.withoutLookbehinds("\\Q(?<=\\E(?<=\\Q)\\E)a"));
        StartChars sc = new StartChars(List.of(Pattern.compile("(?:约)?\\d+%"), Pattern.compile("(?<=约)\\d+"),
                Pattern.compile("\\bx")));
        assertTrue(sc.canStart(0, '约'));
        assertTrue(sc.canStart(0, '5'));
        assertFalse(sc.canStart(0, '的'));
        assertTrue(sc.canStart(1, '5'));
        assertFalse(sc.canStart(1, '约')); // the lookbehind looks before the start: 约 is not part of a match
        assertTrue(sc.canStart(2, '的')); // not filtered: tried everywhere
    }
}
