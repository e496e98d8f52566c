package org.statclaim.text;

import com.ibm.icu.text.Transliterator;

/**
 * A Simplified-Chinese view of a text with exactly the same length, character for character,
 * so every offset of the view is an offset of the original: the models are trained on
 * Simplified text and segment and tag Traditional text much worse (學開設 as one word, 從 as
 * a verb). Output always comes from the original text.
 *
 * <p>Each character is converted on its own (ICU's Hant-Hans transliterator) and cached; a
 * character whose Simplified form is not one character of the same width stays as it is.
 * Thread-safe.
 */
public final class SimplifiedView {

    private static final char UNKNOWN = '\0';
    private static final char[] CACHE = new char[Character.MAX_VALUE + 1];
    private static Transliterator transliterator;

    private SimplifiedView() {
    }

    /** Pinyin glosses after characters, as some pages print them: 時報(bào), 實(shí)力. */
    private static final java.util.regex.Pattern GLOSS = java.util.regex.Pattern.compile(
            "(?<=\\p{IsHan})" + Punctuation.charClass(Punctuation.GLOSS_OPEN)
            + "(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]{1,7}"
            + Punctuation.charClass(Punctuation.GLOSS_CLOSE));

    /**
     * What the models see: the Simplified view with pinyin glosses blanked out (spaces), same
     * length and offsets as {@code text}.
     */
    public static String forModels(String text) {
        java.util.regex.Matcher m = GLOSS.matcher(text);
        if (!m.find()) {
            return of(text);
        }
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        } while (m.find());
        return of(sb.toString());
    }

    /** The Simplified view of {@code text}: same length, same offsets. */
    public static String of(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x3400 || Character.isSurrogate(c)) {
                continue; // Latin, digits, punctuation and astral characters stay
            }
            char s = simplified(c);
            if (s != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = s;
            }
        }
        return out == null ? text : new String(out);
    }

    private static char simplified(char c) {
        char s = CACHE[c];
        if (s != UNKNOWN) {
            return s;
        }
        synchronized (SimplifiedView.class) {
            if (transliterator == null) {
                transliterator = Transliterator.getInstance("Hant-Hans");
            }
            String t = transliterator.transliterate(String.valueOf(c));
            s = t.length() == 1 && !Character.isSurrogate(t.charAt(0)) ? t.charAt(0) : c;
            CACHE[c] = s;
        }
        return s;
    }
}
