package org.statclaim.claim;

import java.util.List;
import java.util.regex.Pattern;
import org.statclaim.quantity.Decimals;

/**
 * Links claims: a change (从62.9%暴跌至29.1%; 2019年是27%，到了2022年…达到38%) points the later
 * value at the earlier one with the delta; a comparison (超越了…的37%, 超过了美国本土37%)
 * points a value at the one it is compared with.
 */
final class Relations {

    private static final Pattern FROM_BEFORE = Pattern.compile("(?:从|從|由)[^，,。；;]{0,12}$");
    private static final Pattern TO_BETWEEN = Pattern.compile("^[^。；;！？]{0,24}?(?:至|到|冲|衝|突破|达到|達到)[^。；;，,]{0,12}$");
    private static final Pattern LATER_BETWEEN = Pattern.compile(
            "(?:到了|到|至|增至|升至|降至|达到|達到|增长到|增長到|上升到|下降到|变为|變為|提高到|降到|升到)");
    private static final Pattern COMPARE_BEFORE = Pattern.compile(
            "(?:超越|超过|超過|高于|高於|低于|低於|多于|多於|少于|少於|不及|胜过|勝過|相比|相较|相較|对比|對比|而)了?[^，,。；;]{0,10}$");

    private Relations() {
    }

    static void link(String text, List<Claim> claims) {
        for (int i = 1; i < claims.size(); i++) {
            Claim b = claims.get(i);
            for (int j = i - 1; j >= 0; j--) {
                Claim a = claims.get(j);
                if (!sameScale(a, b)) {
                    continue;
                }
                if (a.sentence == b.sentence) {
                    change(text, a, b); // only the nearest earlier value of the same scale
                }
                break;
            }
            if (b.changeFrom == null && COMPARE_BEFORE.matcher(text.substring(clauseStart(text, b), b.quantity.start())).find()) {
                for (int j = i - 1; j >= 0; j--) {
                    Claim a = claims.get(j);
                    if (sameScale(a, b) && b.sentence.index() - a.sentence.index() <= 1) {
                        b.comparedWith = a;
                        b.rules.add("compare.verb");
                        break;
                    }
                }
            }
            if (b.changeFrom != null && b.metric.isEmpty()) {
                b.metric = b.changeFrom.metric;
            }
        }
    }

    private static boolean change(String text, Claim a, Claim b) {
        String before = text.substring(Math.max(a.sentence.start(), a.quantity.start() - 14), a.quantity.start());
        String between = text.substring(a.quantity.end(), b.quantity.start());
        String rule = null;
        if (FROM_BEFORE.matcher(before).find() && TO_BETWEEN.matcher(between).find()) {
            rule = "change.from_to";
        } else if (!a.time.isEmpty() && !b.time.isEmpty() && !a.time.equals(b.time) && LATER_BETWEEN.matcher(between).find()) {
            rule = "change.time_series";
        }
        if (rule == null) {
            return false;
        }
        b.changeFrom = a;
        b.rules.add(rule);
        if (a.quantity.value() != null && b.quantity.value() != null) {
            b.delta = Decimals.clean(b.quantity.value().subtract(a.quantity.value()));
        }
        return true;
    }

    private static boolean sameScale(Claim a, Claim b) {
        return a.quantity.kind() == b.quantity.kind() && a.quantity.unit().equals(b.quantity.unit());
    }

    private static int clauseStart(String text, Claim c) {
        int i = c.quantity.start() - 1;
        while (i >= c.sentence.start() && "，,；;：:".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }
}
