package org.statclaim.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.text.Lexicon;
import org.statclaim.text.RegexRules;

/** Finds who a sentence says reported its numbers (sources.txt). */
final class SourceFinder {

    static final List<RegexRules.Rule> RULES = RegexRules.load(SourceFinder.class, "sources.txt");
    private static final Lexicon WORDS = Lexicon.load(SourceFinder.class, "source-words.txt");
    private static final Pattern GLOSS = WORDS.pattern("gloss");
    private static final Pattern QUOTES = WORDS.pattern("quotes");
    private static final Pattern DATELINE = WORDS.pattern("dateline");
    private static final Pattern LEADING_NOISE = WORDS.pattern("leading_noise");
    private static final Pattern TIME_TAIL = WORDS.pattern("time_tail");
    private static final Pattern EVENT_TAIL = WORDS.pattern("event_tail");
    private static final Pattern CONTINUES = WORDS.pattern("continues");
    private static final Pattern REFERS_BACK = WORDS.pattern("refers_back");

    /** The source of a claim the text attributes to no one by name (有数据显示, 据统计). */
    static final String UNNAMED = "unnamed";

    private SourceFinder() {
    }

    /** The source of a sentence and the rule that found it, or null. */
    static String[] find(String sentence) {
        for (RegexRules.Rule r : RULES) {
            Matcher m = r.pattern().matcher(sentence);
            if (m.find()) {
                if (UNNAMED.equals(r.field("value"))) {
                    return new String[] {UNNAMED, r.name()};
                }
                String src = clean(m.group("src"));
                if (!src.isEmpty()) {
                    return new String[] {src, r.name()};
                }
            }
        }
        return null;
    }

    static boolean refersBack(String source) {
        return REFERS_BACK.matcher(source).matches();
    }

    /** A source that names someone: not empty, not unnamed, not a reference back. */
    static boolean named(String source) {
        return !source.isEmpty() && !source.equals(UNNAMED) && !refersBack(source);
    }

    static boolean continues(String sentence) {
        return CONTINUES.matcher(sentence).find();
    }

    static String clean(String raw) {
        String s = GLOSS.matcher(raw).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        s = DATELINE.matcher(s.strip()).replaceAll(""); // 新华社北京1月17日电 国家统计局 -> 国家统计局
        s = LEADING_NOISE.matcher(s.strip()).replaceAll("");
        Matcher t = TIME_TAIL.matcher(s);
        if (t.find()) {
            s = s.substring(0, t.start());
        }
        s = EVENT_TAIL.matcher(s.strip()).replaceAll("");
        return s.strip();
    }
}
