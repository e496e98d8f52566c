package org.statclaim.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML page as a reader sees it, one line per block: paragraphs, headings, list
 * items, table rows, {@code <br>} and other block elements end a line, inline elements
 * ({@code <b>}, {@code <a>}, {@code <span>}) do not, and table cells are separated by a tab.
 * What is not article text is left out: the head, scripts, styles, navigation, headers, footers,
 * asides, forms, frames and hidden elements. White space (no-break spaces too) collapses as in a
 * browser (a line break between two Chinese characters disappears, as CSS says); {@code <pre>}
 * keeps it.
 *
 * <pre>
 * &lt;nav&gt;首页 | 财经&lt;/nav&gt;&lt;h1&gt;标题&lt;/h1&gt;&lt;p&gt;营收&lt;b&gt;增长&lt;/b&gt;了
 *   5%。&lt;br&gt;利润……&lt;/p&gt;&lt;footer&gt;京ICP备12345678号&lt;/footer&gt;
 * → "标题\n营收增长了 5%。\n利润……\n"
 * </pre>
 */
public final class HtmlText {

    /** Elements whose content is not article text. */
    private static final String NOT_TEXT = "head, script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "frame, frameset, object, embed, svg, canvas, select, button, dialog, [hidden], [style~=(?i)display\\s*:\\s*none]";

    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "caption", "center", "dd",
            "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
            "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "ul");

    private static final Pattern DOCTYPE_OR_HTML = Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:-]+)");
    /** The HTML standard looks for the charset declaration in the first 1024 bytes. */
    private static final int PRESCAN = 1024;

    private HtmlText() {
    }

    /** True when a file name says HTML: {@code .html} or {@code .htm}, any case. */
    public static boolean isHtmlName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    /** True when {@code text} starts (after a BOM and white space) with {@code <!DOCTYPE html} or {@code <html}. */
    public static boolean looksLikeHtml(CharSequence text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\uFEFF' || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        Matcher m = DOCTYPE_OR_HTML.matcher(text);
        m.region(i, Math.min(text.length(), i + 16));
        return m.lookingAt();
    }

    /** As {@link #looksLikeHtml(CharSequence)} for the raw bytes of an ASCII-compatible encoding. */
    static boolean looksLikeHtml(byte[] bytes) {
        return looksLikeHtml(new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1));
    }

    /**
     * The charset a page declares in its first 1024 bytes ({@code <meta charset="gbk">} or
     * {@code <meta http-equiv="Content-Type" content="text/html; charset=gb2312">}), or null when it
     * declares none this JVM knows. GB2312 and GBK are read as GB18030 and Big5 as Big5-HKSCS,
     * their supersets, as browsers do; a UTF-16 declaration in ASCII bytes means UTF-8.
     */
    public static Charset declaredCharset(byte[] bytes) {
        Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        switch (name) {
            case "gb2312", "gbk", "x-gbk", "cp936", "windows-936", "gb_2312-80", "chinese", "csgb2312", "gb18030":
                return Charset.forName("GB18030");
            case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5":
                return Charset.forName("Big5-HKSCS");
            case "utf-16", "utf-16le", "utf-16be":
                return StandardCharsets.UTF_8;
            default:
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
        }
    }

    /** The text of {@code html}, one line per block, ending with a line break (empty if the page has no text). */
    public static String toText(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select(NOT_TEXT).remove();
        Lines out = new Lines();
        NodeTraversor.traverse(out, page.body() != null ? page.body() : page);
        return out.finish();
    }

    /** Builds the text while the page's nodes are visited in order. */
    private static final class Lines implements NodeVisitor {

        private final StringBuilder sb = new StringBuilder();
        /** White space seen but not yet written: it becomes one space, or nothing at a line's ends. */
        private boolean pendingSpace;
        /** The pending white space held a line break (dropped between two Chinese characters). */
        private boolean pendingBreak;
        private int pre;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    newline(true);
                } else if (BLOCKS.contains(tag)) {
                    newline(false);
                    if (tag.equals("pre")) {
                        pre++;
                    }
                } else if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                    pendingSpace = false;
                    if (!atLineStart()) {
                        sb.append('\t');
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                if (e.normalName().equals("pre")) {
                    pre--;
                }
                newline(false);
            }
        }

        private void text(String s) {
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (pre > 0) {
                    sb.appendCodePoint(c == '\r' ? '\n' : c == '\u00A0' ? ' ' : c);
                    continue;
                }
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
                    pendingSpace = true;
                    pendingBreak |= c == '\n' || c == '\r';
                    continue;
                }
                if (pendingSpace && !atLineStart() && sb.charAt(sb.length() - 1) != '\t' && !(pendingBreak && wide(sb.codePointBefore(sb.length())) && wide(c))) {
                    sb.append(' ');
                }
                pendingSpace = false;
                pendingBreak = false;
                sb.appendCodePoint(c);
            }
        }

        /** Ends the current line; {@code always} also writes an empty line (two {@code <br>}). */
        private void newline(boolean always) {
            pendingSpace = false;
            pendingBreak = false;
            int end = sb.length();
            while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) {
                end--;
            }
            sb.setLength(end);
            if (always ? sb.length() > 0 : !atLineStart()) {
                sb.append('\n');
            }
        }

        private boolean atLineStart() {
            return sb.length() == 0 || sb.charAt(sb.length() - 1) == '\n';
        }

        String finish() {
            newline(false);
            return sb.toString();
        }

        /** Chinese, Japanese and full-width characters: a line break between two of them is no space. */
        private static boolean wide(int c) {
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
        }
    }
}
