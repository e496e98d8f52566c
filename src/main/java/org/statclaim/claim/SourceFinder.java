package org.statclaim.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.text.Lexicon;
import org.statclaim.text.RegexRules;
import org.statclaim.text.RequiredChars;
import org.statclaim.text.Sentences.Sentence;

/** Finds who a sentence says reported its numbers (sources.txt). */
final class SourceFinder {

    static final List<RegexRules.Rule> RULES = RegexRules.load(SourceFinder.class, "sources.txt");
    /** Per rule, the characters one of which its every match holds: a sentence without them is not searched. */
    private static final RequiredChars[] NEEDS = RULES.stream().map(r -> RequiredChars.of(r.pattern())).toArray(RequiredChars[]::new);
    private static final Lexicon WORDS = Lexicon.load(SourceFinder.class, "source-words.txt");
    private static final Pattern GLOSS = WORDS.pattern("gloss");
    private static final Pattern QUOTES = WORDS.pattern("quotes");
    private static final Pattern DATELINE = WORDS.pattern("dateline");
    private static final Pattern RUN_ON = WORDS.pattern("run_on");
    private static final Pattern LEADING_NOISE = WORDS.pattern("leading_noise");
    private static final Pattern LEAD_PREPOSITION = WORDS.pattern("lead_preposition");
    private static final Pattern SPEECH_TAIL = WORDS.pattern("speech_tail");
    private static final Pattern PUBLISHED_TAIL = WORDS.pattern("published_tail");
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
        for (int i = 0; i < RULES.size(); i++) {
            RegexRules.Rule r = RULES.get(i);
            if (!NEEDS[i].mayMatch(sentence, 0, sentence.length())) {
                continue;
            }
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

    /** A cue found in a sentence: where it starts, and the source and rule it gives. */
    record Cue(int start, int end, String[] source) {
    }

    /**
     * Every cue of a sentence that names its own source (named or unnamed; not a bare study cue
     * or a pronoun, which need the sentences before), by where it starts: one per start.
     */
    static List<Cue> cues(String sentence) {
        java.util.TreeMap<Integer, Cue> byStart = new java.util.TreeMap<>();
        for (int i = 0; i < RULES.size(); i++) {
            RegexRules.Rule r = RULES.get(i);
            if (!NEEDS[i].mayMatch(sentence, 0, sentence.length()) || "bare".equals(r.field("kind"))) {
                continue;
            }
            Matcher m = r.pattern().matcher(sentence);
            while (m.find()) {
                String[] found = found(r, m);
                if (found != null && !PRONOUN.matcher(found[0]).matches()) {
                    byStart.putIfAbsent(m.start(), new Cue(m.start(), m.end(), found));
                }
            }
        }
        // a cue inside or across an earlier one (X公布的数据显示 holds 数据显示) is the same cue
        List<Cue> out = new java.util.ArrayList<>();
        int end = -1;
        for (Cue c : byStart.values()) {
            if (c.start() >= end) {
                out.add(c);
            }
            end = Math.max(end, c.end());
        }
        return out;
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

    private static final Map<String, RegexRules.Rule> BY_NAME = new HashMap<>();

    static {
        for (RegexRules.Rule r : RULES) {
            BY_NAME.put(r.name(), r);
        }
    }

    /** The rule of that name, or null. */
    private static RegexRules.Rule rule(String name) {
        return BY_NAME.get(name);
    }

    /**
     * The source each sentence of a document names, with the references resolved that need the
     * document: a bare study cue (调查显示, 研究发现: rules of kind bare) takes the author of the
     * last release or survey named before it (rules of kind release), else it stays unnamed; a
     * pronoun (他还表示) takes the last person or body named before it, else the sentence has no
     * source. A sentence is read only when asked about, or when a later one looks back past it.
     */
    static final class DocumentSources {
        private final String text;
        private final List<Sentence> sentences;
        private final String[][] raw;
        private final boolean[] read;
        private final String[][] last = new String[2][];
        private final boolean[][] lastKnown = new boolean[2][];

        DocumentSources(DocumentState doc) {
            this.text = doc.text();
            this.sentences = doc.sentences();
            int n = sentences.size();
            this.raw = new String[n][];
            this.read = new boolean[n];
            for (int r = 0; r < 2; r++) {
                last[r] = new String[n + 1];
                lastKnown[r] = new boolean[n + 1];
            }
        }

        /** The source of the sentence at position {@code k} of the document's sentences, or null. */
        String[] of(int k) {
            String[] own = raw(k);
            if (own == null) {
                return null;
            }
            if ("bare".equals(rule(own[1]).field("kind"))) {
                String release = last(k, true);
                if (release != null) {
                    return new String[] {release, "study_back_reference"};
                }
            }
            if (PRONOUN.matcher(own[0]).matches()) {
                String named = last(k, false);
                return named == null ? null : new String[] {named, "pronoun"};
            }
            return own;
        }

        private String[] raw(int k) {
            if (!read[k]) {
                raw[k] = find(sentences.get(k).text(text));
                read[k] = true;
            }
            return raw[k];
        }

        /** Whether sentence {@code k} names someone a later reference can point back to (a release, with {@code release}). */
        private boolean names(int k, boolean release) {
            String[] own = raw(k);
            return own != null && named(own[0]) && !PRONOUN.matcher(own[0]).matches()
                    && (!release || "release".equals(rule(own[1]).field("kind")));
        }

        /** The last source named before position {@code k} (a release's author, with {@code release}), or null. */
        private String last(int k, boolean release) {
            int r = release ? 1 : 0;
            int j = k;
            while (j > 0 && !lastKnown[r][j] && !names(j - 1, release)) {
                j--;
            }
            String value = j == 0 ? null : lastKnown[r][j] ? last[r][j] : raw(j - 1)[0];
            for (int i = j; i <= k; i++) {
                last[r][i] = value;
                lastKnown[r][i] = true;
            }
            return value;
        }
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
        s = RUN_ON.matcher(s.strip()).replaceAll(""); // 某标题本报讯 国家统计局 -> 国家统计局
        s = LEADING_NOISE.matcher(s.strip()).replaceAll("");
        s = LEAD_PREPOSITION.matcher(s.strip()).replaceAll(""); // 根據國防部 -> 國防部
        Matcher t = TIME_TAIL.matcher(s);
        if (t.find()) {
            s = s.substring(0, t.start());
        }
        s = EVENT_TAIL.matcher(s.strip()).replaceAll("");
        s = SPEECH_TAIL.matcher(s.strip()).replaceAll(""); // 控方又, 潘石屹向媒体 -> 控方, 潘石屹
        s = PUBLISHED_TAIL.matcher(s.strip()).replaceAll(""); // 某委员会发布的…报告 -> 某委员会
        s = PERSON_TITLE.matcher(s.strip()).replaceAll(""); // a person by name alone, without title or employer
        return s.strip();
    }
}
