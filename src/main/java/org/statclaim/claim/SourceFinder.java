package org.statclaim.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.text.Lexicon;
import org.statclaim.text.RegexRules;
import org.statclaim.text.Sentences.Sentence;

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
    private static final Pattern PERSON_TITLE = WORDS.pattern("person_title");
    private static final Pattern NOT_SOURCE = WORDS.pattern("not_source");
    private static final Pattern UNNAMED_ROLE = WORDS.pattern("unnamed_role");
    private static final Pattern PRONOUN = WORDS.pattern("pronoun");
    private static final Pattern CONTINUES = WORDS.pattern("continues");
    private static final Pattern REFERS_BACK = WORDS.pattern("refers_back");

    /** The source of a claim the text attributes to no one by name (有数据显示, 据统计). */
    static final String UNNAMED = "unnamed";

    private SourceFinder() {
    }

    /**
     * The source of a sentence and the rule that found it, or null. Of the rules that match, the
     * one whose cue starts first in the sentence wins (the order of the file breaks ties).
     */
    static String[] find(String sentence) {
        String[] best = null;
        int bestStart = Integer.MAX_VALUE;
        for (RegexRules.Rule r : RULES) {
            Matcher m = r.pattern().matcher(sentence);
            while (m.find() && m.start() < bestStart) {
                String[] found = found(r, m);
                if (found != null) {
                    best = found;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return best;
    }

    private static String[] found(RegexRules.Rule r, Matcher m) {
        if (UNNAMED.equals(r.field("value"))) {
            return new String[] {UNNAMED, r.name()};
        }
        String src = clean(m.group("src"));
        if (src.isEmpty() || NOT_SOURCE.matcher(src).find()) {
            // 据参考价单位显示: the cue itself attributes, to no one a reader can name
            return UNNAMED.equals(r.field("rejected")) ? new String[] {UNNAMED, r.name()} : null;
        }
        if (UNNAMED_ROLE.matcher(src).matches()) {
            return new String[] {UNNAMED, r.name()};
        }
        return new String[] {src, r.name()};
    }

    /** The rule of that name, or null. */
    private static RegexRules.Rule rule(String name) {
        for (RegexRules.Rule r : RULES) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The source each sentence of the document names, by sentence index, with the references
     * resolved that need the document: a bare study cue (调查显示, 研究发现: rules of kind bare)
     * takes the author of the last release or survey named before it (rules of kind release),
     * else it stays unnamed; a pronoun (他还表示) takes the last person or body named before it,
     * else the sentence has no source. Sentences after {@code lastSentence} (an index) are not read.
     */
    static Map<Integer, String[]> ofDocument(DocumentState doc, int lastSentence) {
        List<Sentence> sentences = doc.sentences();
        Map<Integer, String[]> out = new HashMap<>();
        String lastRelease = null;
        String lastNamed = null;
        for (int i = 0; i < sentences.size() && sentences.get(i).index() <= lastSentence; i++) {
            String[] own = find(sentences.get(i).text(doc.text()));
            if (own != null) {
                String kind = rule(own[1]).field("kind");
                if ("bare".equals(kind) && lastRelease != null) {
                    own = new String[] {lastRelease, "study_back_reference"};
                } else if (PRONOUN.matcher(own[0]).matches()) {
                    own = lastNamed == null ? null : new String[] {lastNamed, "pronoun"};
                } else if (named(own[0])) {
                    lastNamed = own[0];
                    if ("release".equals(kind)) {
                        lastRelease = own[0];
                    }
                }
            }
            out.put(sentences.get(i).index(), own);
        }
        return out;
    }

    /** The source of a document's first sentence when its rule carries through the document (a headline), or null. */
    static String[] headlineSource(DocumentState doc, Sentence first) {
        String[] own = find(first.text(doc.text()));
        return own != null && "document".equals(rule(own[1]).field("carries")) && named(own[0]) ? own : null;
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
        s = PERSON_TITLE.matcher(s.strip()).replaceAll(""); // a person by name alone, without title or employer
        return s.strip();
    }
}
