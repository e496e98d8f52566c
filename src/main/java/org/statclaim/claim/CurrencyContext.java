package org.statclaim.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statclaim.quantity.Kind;
import org.statclaim.quantity.Lexicons;
import org.statclaim.quantity.Quantity;
import org.statclaim.text.ResourceText;
import org.statclaim.text.SimplifiedView;

/**
 * Gives a bare 元 its currency (currency-regions.txt): the currency named earlier in the same
 * sentence; else, for a document in Traditional characters about Taiwan, Hong Kong or Macau,
 * that region's currency; else the user's default.
 */
final class CurrencyContext {

    private record Region(String iso, Pattern markers) {
    }

    private static final List<Region> REGIONS = new ArrayList<>();

    static {
        for (String[] r : ResourceText.tsv(CurrencyContext.class, "currency-regions.txt")) {
            REGIONS.add(new Region(r[0], Pattern.compile(r[1])));
        }
    }

    /** 块 is spoken yuan (currency-words.txt). */
    private static final Pattern COLLOQUIAL = org.statclaim.text.Lexicon.load(CurrencyContext.class, "currency-words.txt").pattern("spoken_yuan");

    /** Fewer Traditional-only characters than this share of the Han characters: a Simplified text. */
    private static final double TRADITIONAL_SHARE = 0.02;
    /**
     * A Simplified text takes a region's currency only when it names that region's markers at
     * least this often (a mainland report about Hong Kong property, 香港…尺价6.98万元 -> HKD); one
     * mention of a region in mainland news leaves 元 as the fallback.
     */
    private static final int SIMPLIFIED_MIN_MARKERS = 4;
    /** Only the start of a long document is read to guess its region. */
    private static final int SAMPLE = 20_000;

    private CurrencyContext() {
    }

    /**
     * The currency a bare 元 takes in {@code text} when its sentence names none: the region
     * guess for Traditional text, else {@code fallback}.
     */
    static String documentDefault(String text, String fallback) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        boolean simplified = !traditional(sample);
        String best = null;
        int bestCount = 0;
        for (Region r : REGIONS) {
            int n = 0;
            Matcher m = r.markers.matcher(sample);
            while (m.find()) {
                n++;
            }
            if (n > bestCount) {
                best = r.iso;
                bestCount = n;
            }
        }
        return best == null || simplified && bestCount < SIMPLIFIED_MIN_MARKERS ? fallback : best;
    }

    static boolean traditional(String text) {
        String simplified = SimplifiedView.of(text);
        int han = 0;
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (simplified.charAt(i) != c) {
                    changed++;
                }
            }
        }
        return han > 0 && changed >= Math.max(1, TRADITIONAL_SHARE * han);
    }

    /**
     * Resolves the bare-元 money quantities of one sentence, in reading order: the currency of
     * the nearest earlier money quantity with a named currency, else {@code documentCurrency}.
     */
    static List<Quantity> resolve(String text, List<Quantity> sentence, java.util.function.Supplier<String> documentCurrency) {
        List<Quantity> out = new ArrayList<>(sentence.size());
        String named = null;
        for (Quantity q : sentence) {
            if (q.kind() == Kind.MONEY && q.unit().equals(Lexicons.DEFAULT_CURRENCY)) {
                // 块 is spoken yuan: it never takes the dollars named before it (五美元…三块)
                boolean spokenYuan = COLLOQUIAL.matcher(text.substring(q.start(), q.end())).find();
                out.add(named != null && !spokenYuan ? q.withUnit(named, "currency.sentence") : q.withUnit(documentCurrency.get(), null));
            } else {
                if (q.kind() == Kind.MONEY) {
                    named = q.unit();
                }
                out.add(q);
            }
        }
        return out;
    }
}
