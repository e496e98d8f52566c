package org.statclaim.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores claim rows against a gold file with the same matching and figures as the project's
 * reference scorer (score_claims.py): a gold row's span is the occurrence-th anchor in its
 * document; system rows overlapping it are candidates, assigned one-to-one by best overlap
 * with a bonus for the right value; optional gold rows neither reward nor penalize.
 */
public final class Scorer {

    private static final Set<String> CURRENCIES = Set.of("CNY", "USD", "EUR", "JPY", "HKD", "TWD", "GBP", "KRW", "RUB",
            "INR", "AUD", "CAD", "SGD", "CHF", "MOP");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d|21\\d\\d)");

    /** The figures of one scoring run, plus the lists of misses for -v. */
    public record Result(Map<String, Double> figures, List<String> missed, List<String> falsePositives, List<String> notes) {
        public double get(String key) {
            return figures.getOrDefault(key, 0.0);
        }

        /** The three lines score_claims.py prints. */
        public String summary() {
            List<String> attrs = new ArrayList<>();
            for (String k : List.of("value", "kind", "unit", "qualifier", "time", "metric", "source")) {
                attrs.add(String.format(Locale.ROOT, "%s %.2f", k, get(k + "_acc")));
            }
            for (String k : List.of("direction", "base")) {
                if (figures.containsKey(k + "_acc")) { // only when the gold file has these columns
                    attrs.add(String.format(Locale.ROOT, "%s %.2f", k, get(k + "_acc")));
                }
            }
            return String.format(Locale.ROOT, "claims: P %.3f  R %.3f  F1 %.3f  strict F1 %.3f  (tp %d fp %d fn %d)%n",
                    get("precision"), get("recall"), get("f1"), get("strict_f1"), (int) get("tp"), (int) get("fp"), (int) get("fn"))
                    + "attributes: " + String.join("  ", attrs) + System.lineSeparator()
                    + String.format(Locale.ROOT, "relations: change P %.2f R %.2f  compare P %.2f R %.2f%n",
                    get("change_p"), get("change_r"), get("compare_p"), get("compare_r"));
        }
    }

    private Scorer() {
    }

    /** direction and base value of a system row, for the listings of -v (empty when it has none). */
    private static String newColumns(Map<String, String> s) {
        String d = s.getOrDefault("direction", "");
        String b = s.getOrDefault("base_value", "");
        return (d.isEmpty() ? "" : " direction=" + d) + (b.isEmpty() ? "" : " base=" + b + " " + s.getOrDefault("base_unit", ""));
    }

    public static List<Map<String, String>> readCsv(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return readCsv(r);
        }
    }

    public static List<Map<String, String>> readCsv(Reader r) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            Map<String, String> m = new LinkedHashMap<>();
            rec.toMap().forEach((k, v) -> m.put(k.replace("\uFEFF", ""), v));
            rows.add(m);
        }
        return rows;
    }

    /** Scores {@code system} rows against {@code gold} rows; documents are read from {@code texts}. */
    public static Result score(List<Map<String, String>> gold, List<Map<String, String>> system, Path texts) throws IOException {
        Map<String, List<Map<String, String>>> goldByDoc = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> sysByDoc = new HashMap<>();
        for (Map<String, String> g : gold) {
            goldByDoc.computeIfAbsent(g.get("doc"), k -> new ArrayList<>()).add(g);
        }
        for (Map<String, String> s : system) {
            sysByDoc.computeIfAbsent(baseName(s.getOrDefault("doc", "")), k -> new ArrayList<>()).add(s);
        }
        Set<String> docs = new TreeSet<>(goldByDoc.keySet());
        try (var list = Files.list(texts)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(docs::add);
        }
        Map<String, Double> tot = new HashMap<>();
        List<String> fps = new ArrayList<>();
        List<String> fns = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String doc : docs) {
            Path path = texts.resolve(doc);
            if (!Files.exists(path)) {
                continue;
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int[] cps = text.codePoints().toArray(); // offsets are code points
            List<Map<String, String>> golds = goldByDoc.getOrDefault(doc, List.of());
            List<Map<String, String>> systems = sysByDoc.getOrDefault(doc, List.of());
            Map<String, int[]> gspan = new HashMap<>();
            for (Map<String, String> g : golds) {
                int p = findNth(cps, g.get("anchor").codePoints().toArray(), parseInt(g.get("occurrence"), 1));
                if (p < 0) {
                    notes.add("gold anchor not found: " + doc + " " + g.get("anchor"));
                    continue;
                }
                gspan.put(g.get("gid"), new int[] {p, p + (int) g.get("anchor").codePoints().count()});
            }
            List<int[]> sspan = new ArrayList<>();
            for (Map<String, String> s : systems) {
                try {
                    sspan.add(new int[] {Integer.parseInt(s.get("start").strip()), Integer.parseInt(s.get("end").strip())});
                } catch (RuntimeException e) {
                    notes.add("system row without usable offsets: " + doc + " " + s.get("mention"));
                    sspan.add(null);
                }
            }
            List<int[]> cands = new ArrayList<>();
            for (int gi = 0; gi < golds.size(); gi++) {
                int[] gs = gspan.get(golds.get(gi).get("gid"));
                if (gs == null) {
                    continue;
                }
                for (int si = 0; si < sspan.size(); si++) {
                    int[] sp = sspan.get(si);
                    if (sp == null) {
                        continue;
                    }
                    int ov = Math.min(gs[1], sp[1]) - Math.max(gs[0], sp[0]);
                    if (ov > 0) {
                        int bonus = sameValue(systems.get(si).get("value"), golds.get(gi).get("value")) ? 100 : 0;
                        cands.add(new int[] {bonus + ov, gi, si});
                    }
                }
            }
            // python sorts tuples descending: score, then gold index, then system index
            cands.sort((a, b) -> a[0] != b[0] ? b[0] - a[0] : a[1] != b[1] ? b[1] - a[1] : b[2] - a[2]);
            Map<Integer, Integer> gm = new HashMap<>();
            Map<Integer, Integer> sm = new HashMap<>();
            for (int[] c : cands) {
                if (gm.containsKey(c[1]) || sm.containsKey(c[2])) {
                    continue;
                }
                gm.put(c[1], c[2]);
                sm.put(c[2], c[1]);
            }
            Map<String, String> sidToGid = new HashMap<>();
            gm.forEach((gi, si) -> sidToGid.put(systems.get(si).getOrDefault("id", "").strip(), golds.get(gi).get("gid")));
            for (int si = 0; si < systems.size(); si++) {
                if (!sm.containsKey(si)) {
                    add(tot, "fp", 1);
                    Map<String, String> s = systems.get(si);
                    fps.add(doc + ": '" + s.get("mention") + "' value=" + s.get("value") + " kind=" + s.get("kind") + newColumns(s));
                }
            }
            for (int gi = 0; gi < golds.size(); gi++) {
                Map<String, String> g = golds.get(gi);
                boolean req = g.getOrDefault("required", "yes").strip().equals("yes");
                if (!gm.containsKey(gi)) {
                    if (req) {
                        add(tot, "fn", 1);
                        fns.add(doc + ": '" + g.get("anchor") + "' value=" + g.get("value") + " kind=" + g.get("kind"));
                    }
                    continue;
                }
                if (!req) {
                    continue;
                }
                Map<String, String> s = systems.get(gm.get(gi));
                add(tot, "tp", 1);
                boolean v = g.get("qualifier").strip().equals("vague")
                        ? s.getOrDefault("qualifier", "").strip().equals("vague")
                        : sameValue(s.get("value"), g.get("value"));
                boolean k = s.getOrDefault("kind", "").strip().equals(g.get("kind").strip());
                boolean u = unitOk(s.get("unit"), g.get("unit"));
                boolean q = s.getOrDefault("qualifier", "").strip().equals(g.get("qualifier").strip());
                boolean tm = yearOf(s.get("time")).equals(yearOf(g.get("time")));
                double mt = charF1(s.get("metric"), g.get("metric"));
                add(tot, "value", v ? 1 : 0);
                add(tot, "kind", k ? 1 : 0);
                add(tot, "unit", u ? 1 : 0);
                add(tot, "qualifier", q ? 1 : 0);
                add(tot, "time", tm ? 1 : 0);
                add(tot, "metric_f1", mt);
                add(tot, "metric_ok", mt >= 0.5 ? 1 : 0);
                add(tot, "strict", v && k && u && q ? 1 : 0);
                String gsrc = g.getOrDefault("source", "").strip();
                if (!gsrc.isEmpty()) {
                    add(tot, "src_n", 1);
                    String ssrc = s.getOrDefault("source", "").strip();
                    boolean ok = ssrc.equals(gsrc) || !gsrc.equals("unnamed") && charF1(ssrc, gsrc) >= 0.5;
                    add(tot, "src_ok", ok ? 1 : 0);
                }
                // the contract's later columns, scored where the gold file has them
                if (g.containsKey("direction")) {
                    add(tot, "dir_n", 1);
                    add(tot, "dir_ok", g.get("direction").strip().equals(s.getOrDefault("direction", "").strip()) ? 1 : 0);
                }
                if (g.containsKey("base_unit")) {
                    String gb = g.getOrDefault("base_value", "").strip();
                    String sb = s.getOrDefault("base_value", "").strip();
                    add(tot, "base_n", 1);
                    add(tot, "base_ok", g.get("base_unit").strip().equals(s.getOrDefault("base_unit", "").strip())
                            && (gb.isEmpty() ? sb.isEmpty() : sameValue(sb, gb)) ? 1 : 0);
                }
                if (!(v && k && u && q)) {
                    notes.add("attr " + doc + " '" + g.get("anchor") + "': value " + s.get("value") + "/" + g.get("value")
                            + " kind " + s.get("kind") + "/" + g.get("kind") + " unit " + s.get("unit") + "/" + g.get("unit")
                            + " qual " + s.get("qualifier") + "/" + g.get("qualifier"));
                }
            }
            Set<List<String>> goldChange = new HashSet<>();
            Set<Set<String>> goldCmp = new HashSet<>();
            for (Map<String, String> g : golds) {
                String cf = g.getOrDefault("change_from", "").strip();
                String cw = g.getOrDefault("compared_with", "").strip();
                if (!cf.isEmpty()) {
                    goldChange.add(List.of(cf, g.get("gid")));
                }
                if (!cw.isEmpty()) {
                    goldCmp.add(Set.of(cw, g.get("gid")).size() == 2 ? Set.of(cw, g.get("gid")) : Set.of(cw));
                }
            }
            Set<List<String>> sysChange = new HashSet<>();
            Set<Set<String>> sysCmp = new HashSet<>();
            for (Map<String, String> s : systems) {
                String me = sidToGid.get(s.getOrDefault("id", "").strip());
                String cfRaw = s.getOrDefault("change_from", "").strip();
                String cwRaw = s.getOrDefault("compared_with", "").strip();
                if (!cfRaw.isEmpty()) {
                    sysChange.add(java.util.Arrays.asList(sidToGid.get(cfRaw), me));
                }
                if (!cwRaw.isEmpty()) {
                    Set<String> pair = new HashSet<>();
                    pair.add(sidToGid.get(cwRaw));
                    pair.add(me);
                    sysCmp.add(pair);
                }
            }
            add(tot, "chg_tp", intersect(goldChange, sysChange));
            add(tot, "chg_sys", sysChange.size());
            add(tot, "chg_gold", goldChange.size());
            add(tot, "cmp_tp", intersect(goldCmp, sysCmp));
            add(tot, "cmp_sys", sysCmp.size());
            add(tot, "cmp_gold", goldCmp.size());
        }
        double tp = tot.getOrDefault("tp", 0.0);
        double fp = tot.getOrDefault("fp", 0.0);
        double fn = tot.getOrDefault("fn", 0.0);
        double strict = tot.getOrDefault("strict", 0.0);
        double[] prf = prf(tp, fp, fn);
        double[] sprf = prf(strict, fp + (tp - strict), fn + (tp - strict));
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("required_gold", tp + fn);
        f.put("system_rows_scored", tp + fp);
        f.put("tp", tp);
        f.put("fp", fp);
        f.put("fn", fn);
        f.put("precision", prf[0]);
        f.put("recall", prf[1]);
        f.put("f1", prf[2]);
        f.put("strict_f1", sprf[2]);
        for (String k : List.of("value", "kind", "unit", "qualifier", "time")) {
            f.put(k + "_acc", tp > 0 ? tot.getOrDefault(k, 0.0) / tp : 0.0);
        }
        f.put("metric_charf1", tp > 0 ? tot.getOrDefault("metric_f1", 0.0) / tp : 0.0);
        f.put("metric_acc", tp > 0 ? tot.getOrDefault("metric_ok", 0.0) / tp : 0.0);
        f.put("source_acc", ratio(tot, "src_ok", "src_n"));
        if (tot.getOrDefault("dir_n", 0.0) > 0) {
            f.put("direction_acc", ratio(tot, "dir_ok", "dir_n"));
        }
        if (tot.getOrDefault("base_n", 0.0) > 0) {
            f.put("base_acc", ratio(tot, "base_ok", "base_n"));
        }
        f.put("change_p", ratio(tot, "chg_tp", "chg_sys"));
        f.put("change_r", ratio(tot, "chg_tp", "chg_gold"));
        f.put("compare_p", ratio(tot, "cmp_tp", "cmp_sys"));
        f.put("compare_r", ratio(tot, "cmp_tp", "cmp_gold"));
        return new Result(f, fns, fps, notes);
    }

    private static <T> int intersect(Set<T> a, Set<T> b) {
        int n = 0;
        for (T x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static double ratio(Map<String, Double> tot, String num, String den) {
        double d = tot.getOrDefault(den, 0.0);
        return d > 0 ? tot.getOrDefault(num, 0.0) / d : 0.0;
    }

    private static void add(Map<String, Double> tot, String k, double v) {
        tot.merge(k, v, Double::sum);
    }

    private static double[] prf(double tp, double fp, double fn) {
        double p = tp + fp > 0 ? tp / (tp + fp) : 0;
        double r = tp + fn > 0 ? tp / (tp + fn) : 0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new double[] {p, r, f};
    }

    private static String baseName(String doc) {
        int i = doc.lastIndexOf('/');
        return i >= 0 ? doc.substring(i + 1) : doc;
    }

    private static int parseInt(String s, int dflt) {
        try {
            return Integer.parseInt(s.strip());
        } catch (RuntimeException e) {
            return dflt;
        }
    }

    private static int findNth(int[] text, int[] sub, int n) {
        int pos = -1;
        for (int k = 0; k < Math.max(1, n); k++) {
            pos = indexOf(text, sub, pos + 1);
            if (pos < 0) {
                return -1;
            }
        }
        return pos;
    }

    private static int indexOf(int[] text, int[] sub, int from) {
        outer:
        for (int i = Math.max(0, from); i + sub.length <= text.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (text[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Double num(String s) {
        if (s == null || s.strip().isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static boolean sameValue(String a, String b) {
        Double x = num(a);
        Double y = num(b);
        if (x == null || y == null) {
            return x == null && y == null;
        }
        if (x.isNaN() || y.isNaN()) {
            return false;
        }
        return Math.abs(x - y) <= 1e-6 * Math.max(1.0, Math.abs(y));
    }

    static String yearOf(String t) {
        Matcher m = YEAR.matcher(t == null ? "" : t);
        return m.find() ? m.group(1) : "";
    }

    static double charF1(String a, String b) {
        a = a == null ? "" : a.strip();
        b = b == null ? "" : b.strip();
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Map<Integer, Integer> ca = new HashMap<>();
        Map<Integer, Integer> cb = new HashMap<>();
        a.codePoints().forEach(c -> ca.merge(c, 1, Integer::sum));
        b.codePoints().forEach(c -> cb.merge(c, 1, Integer::sum));
        int common = 0;
        for (var e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0.0;
        }
        double p = (double) common / a.codePoints().count();
        double r = (double) common / b.codePoints().count();
        return 2 * p * r / (p + r);
    }

    static boolean unitOk(String sys, String gold) {
        String g = gold == null ? "" : gold.strip();
        String s = sys == null ? "" : sys.strip();
        if (isSpecial(g) || isSpecial(s)) {
            return g.equals(s);
        }
        return true;
    }

    private static boolean isSpecial(String u) {
        return u.equals("%") || u.equals("pp") || u.equals("x") || CURRENCIES.contains(u);
    }
}
