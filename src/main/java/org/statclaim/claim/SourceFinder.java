package org.statclaim.claim;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.text.RegexRules;

/** Finds who a sentence says reported its numbers (sources.txt). */
final class SourceFinder {

    static final List<RegexRules.Rule> RULES = RegexRules.load(SourceFinder.class, "sources.txt");
    private static final Pattern GLOSS = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern QUOTES = Pattern.compile("[《》〈〉“”\"「」『』]");
    private static final Pattern DATELINE = Pattern.compile("^[^，,。；;]{0,20}?[0-9一二三四五六七八九十]{1,3}日[电電]\\s*");
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:[0-9]{4}年|而且|并且|並且|此外|另外|同时|同時|但|而|该媒体还引用|還引用|还引用"
            + "|一位|一名|一些|多位|多名|有位|(?:日前|近日|昨天|今天)?(?:举行|舉行|召开|召開|举办|舉辦)的)+");
    /** 差餉物業估價署今日, 行政院主計總處昨日公布最新經濟: the source ends where a time begins. */
    private static final Pattern TIME_TAIL = Pattern.compile("(?<=..)(?:今日|昨日|今天|昨天|日前|近日|本周|本週|(?:[0-9]{1,2}月)?[0-9]{1,2}日(?![电電]))");
    /** 人工智能产业发展大会上: the event, not where in it. */
    private static final Pattern EVENT_TAIL = Pattern.compile("(?<=[会會坛壇])[上中]$");

    private SourceFinder() {
    }

    /** The source of a sentence and the rule that found it, or null. */
    static String[] find(String sentence) {
        for (RegexRules.Rule r : RULES) {
            Matcher m = r.pattern().matcher(sentence);
            if (m.find()) {
                if ("unnamed".equals(r.field("value"))) {
                    return new String[] {"unnamed", r.name()};
                }
                String src = clean(m.group("src"));
                if (!src.isEmpty()) {
                    return new String[] {src, r.name()};
                }
            }
        }
        return null;
    }

    /** A sentence that continues the previous one's attribution: 其中…, 报告还显示…, 該調查指出… */
    private static final Pattern CONTINUES = Pattern.compile(
            "^\\s*(?:其中|期內|期内|此外，?报告|報告還|报告还|该报告|該報告|该调查|該調查|调查还|調查還|数据还|數據還|该研究|該研究|研究还|研究還)");

    /** 报告称, 该研究指出: a source that only refers back to a report or study named earlier. */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "(?:该|該|这份|這份|此|这项|這項|上述)?(?:报告|報告|研究|调查|調查|白皮书|白皮書|数据|數據|统计|統計)");

    static boolean refersBack(String source) {
        return REFERS_BACK.matcher(source).matches();
    }

    static boolean continues(String sentence) {
        return CONTINUES.matcher(sentence).find();
    }

    /**
     * Carries an attribution over to a sentence that continues it (其中…, or any later sentence
     * of the same paragraph) and has none of its own. Returns the attribution that governs this
     * sentence, for the next one; it is looked up only if a following sentence asks (most
     * sentences are never asked).
     */
    static java.util.function.Supplier<String[]> carry(String sentence, boolean sameParagraph, java.util.List<Claim> claims,
                                                       java.util.function.Supplier<String[]> previous) {
        boolean continues = sameParagraph || CONTINUES.matcher(sentence).find();
        String[][] memo = new String[1][];
        boolean[] done = new boolean[1];
        java.util.function.Supplier<String[]> governing = () -> {
            if (!done[0]) {
                String[] own = find(sentence);
                memo[0] = own != null ? own : continues && previous != null ? previous.get() : null;
                done[0] = true;
            }
            return memo[0];
        };
        if (continues && previous != null && claims.stream().anyMatch(c -> c.source.isEmpty())) {
            String[] inherited = governing.get();
            for (Claim c : claims) {
                if (c.source.isEmpty() && inherited != null) {
                    c.source = inherited[0];
                    c.rules.add("source.carried");
                }
            }
        }
        return governing;
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
