package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.statclaim.text.Clauses;
import org.statclaim.text.Lexicon;

/**
 * Marks a value that is the size of a change with its direction (claim/direction.txt): 增长16%
 * → up, 下降15.5% → down, 比去年多3人 → up; 增长率为5% and 增至500人 are levels and get none.
 * Looks at the clause right before the mention (and at the mention's own words before its
 * number: 加息1厘, 翻了一番), and gives a value listed right after one with a direction
 * (分别增长16%和12%) the same direction. The value itself keeps its magnitude.
 */
final class DirectionStep implements ClaimStep {

    /** The words of a change stand right before the value: no pattern reads further back. */
    private static final int LOOK_BACK = 30;

    static final String UP = "up";
    static final String DOWN = "down";

    private static final Lexicon WORDS = Lexicon.load(DirectionStep.class, "direction.txt");
    private static final Pattern UP_BEFORE = WORDS.pattern("up");
    private static final Pattern DOWN_BEFORE = WORDS.pattern("down");
    private static final Pattern UP_MENTION = WORDS.pattern("up_mention");
    private static final Pattern LIST_BETWEEN = WORDS.pattern("list_between");

    @Override
    public Set<Fact> requires() {
        return Set.of(Fact.IDS);
    }

    @Override
    public Set<Fact> adds() {
        return Set.of(Fact.DIRECTION);
    }

    @Override
    public List<Claim> apply(DocumentState doc, List<Claim> claims) {
        String text = doc.text();
        List<Claim> out = new ArrayList<>(claims.size());
        Claim previous = null;
        for (Claim c : claims) {
            String d = direction(text, c);
            if (d.isEmpty() && previous != null && !previous.direction().isEmpty() && previous.sameSentence(c)
                    && previous.quantity().end() <= c.quantity().start()
                    && LIST_BETWEEN.matcher(text.substring(previous.quantity().end(), c.quantity().start())).find()) {
                d = previous.direction();
            }
            Claim next = d.isEmpty() ? c : c.withDirection(d);
            out.add(next);
            previous = next;
        }
        return out;
    }

    /** up, down or "" for one claim, from the words before it and before its number. */
    static String direction(String text, Claim c) {
        if (WORDS.has("duration_units", c.quantity().unit())) {
            return ""; // 連跌三個月: how long, not how much
        }
        int start = c.quantity().start();
        int from = Math.max(start - LOOK_BACK, Clauses.start(text, start, c.sentence().start(), Clauses.Scope.CLAUSE));
        String before = text.substring(from, start);
        String mention = text.substring(start, c.quantity().end());
        if (UP_MENTION.matcher(mention).find()) {
            return UP;
        }
        String withPrefix = before + text.substring(start, Math.max(start, c.quantity().numStart()));
        for (String s : withPrefix.equals(before) ? List.of(before) : List.of(before, withPrefix)) {
            if (UP_BEFORE.matcher(s).find()) {
                return UP;
            }
            if (DOWN_BEFORE.matcher(s).find()) {
                return DOWN;
            }
        }
        return "";
    }
}
