package org.statclaim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.statclaim.text.ResourceText;

/**
 * One self-contained HTML page for reading claims where they stand ({@code statclaim report}):
 * an index of the documents, each document's text with its claims highlighted, a claim's row in
 * full when it is clicked or focused, and a table of all claims to filter and sort.
 *
 * <p>The page is data plus one script. Each document's text is a JSON string in its own
 * {@code <script type="application/json">} block (never run, parsed only when the document is
 * opened); the index (documents, their counts and failures, and every row, cell by cell in
 * {@link Column} order) is one such block at the end; {@code report.js} builds the views from
 * them with DOM text nodes only, so no text of a document is ever parsed as HTML. Inside the
 * JSON every {@code <}, {@code >} and {@code &} is escaped, so a text holding
 * {@code </script>} cannot close its block. The Content-Security-Policy allows nothing but the
 * page's own style and script, named by their SHA-256 hashes: no network, no other script.
 *
 * <p>Documents are written as they come ({@link #document}, {@link #failed}); {@link #finish}
 * writes the index and the script. Memory holds the rows, not the texts.
 */
public final class HtmlReport {

    static final String CSS = resource("report.css");
    static final String JS = resource("report.js");

    private final Writer out;
    private final StringBuilder docs = new StringBuilder();
    private final StringBuilder rows = new StringBuilder();
    private int documents;
    private int rowCount;

    /** Starts the page on {@code out}: its head and the top of its body. */
    public HtmlReport(Writer out) throws IOException {
        this.out = out;
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + contentSecurityPolicy() + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>statclaim report</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                + "<noscript><p>This report is built by its own inline script: allow JavaScript for this file.</p></noscript>\n"
                + "<div id=\"app\"></div>\n");
    }

    /**
     * The policy the page sets: nothing from anywhere (no network, no plugins, no frames, no
     * forms), except the page's own inline style and script, by hash.
     */
    public static String contentSecurityPolicy() {
        return "default-src 'none'; script-src '" + sha256(JS) + "'; style-src '" + sha256(CSS) + "'; img-src data:; "
                + "base-uri 'none'; form-action 'none'";
    }

    /** A document that was read and extracted: its text as statclaim read it, its rows in order. */
    public void document(String name, String text, String warning, List<Row> docRows) throws IOException {
        int d = documents++;
        StringBuilder block = new StringBuilder(text.length() + 64);
        block.append("<script type=\"application/json\" id=\"doc-").append(d).append("\">");
        quote(block, text);
        block.append("</script>\n");
        out.write(block.toString());
        indexEntry(name, docRows.size(), warning, null);
        for (Row r : docRows) {
            rows.append(rowCount++ == 0 ? "\n" : ",\n").append("{\"d\":").append(d).append(",\"c\":[");
            for (Column c : Column.values()) {
                if (c.ordinal() > 0) {
                    rows.append(',');
                }
                quote(rows, r.get(c));
            }
            rows.append("]}");
        }
    }

    /** An input that could not be read or extracted, and why: listed in the index, with no text. */
    public void failed(String name, String error) {
        documents++;
        indexEntry(name, 0, null, error);
    }

    private void indexEntry(String name, int claims, String warning, String error) {
        docs.append(docs.length() == 0 ? "\n" : ",\n").append("{\"name\":");
        quote(docs, name);
        docs.append(",\"claims\":").append(claims);
        if (warning != null) {
            docs.append(",\"warning\":");
            quote(docs, warning);
        }
        if (error != null) {
            docs.append(",\"error\":");
            quote(docs, error);
        }
        docs.append('}');
    }

    /** Ends the page: the index of documents and rows, then the script that shows them. */
    public void finish() throws IOException {
        StringBuilder sb = new StringBuilder("<script type=\"application/json\" id=\"index\">{\"columns\":[");
        for (Column c : Column.values()) {
            if (c.ordinal() > 0) {
                sb.append(',');
            }
            quote(sb, c.header());
        }
        sb.append("],\"numeric\":[");
        for (Column c : Column.values()) {
            sb.append(c.ordinal() > 0 ? "," : "").append(c.numeric());
        }
        sb.append("],\n\"docs\":[");
        out.write(sb.toString());
        out.write(docs.toString());
        out.write("],\n\"rows\":[");
        out.write(rows.toString());
        out.write("]}</script>\n<script>" + JS + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    /**
     * {@code s} as a JSON string that is safe inside an HTML {@code <script>} block
     * ({@link JsonRows#quote(StringBuilder, String, boolean)}).
     */
    static void quote(StringBuilder sb, String s) {
        JsonRows.quote(sb, s, true);
    }

    /** The CSP source for an inline block: {@code sha256-} and the Base64 digest of its UTF-8 bytes. */
    public static String sha256(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A resource's text as it is; it must not hold what would end its block early. */
    private static String resource(String name) {
        String text = String.join("\n", ResourceText.rawLines(HtmlReport.class, name)) + "\n";
        if (text.toLowerCase(java.util.Locale.ROOT).contains("</s")) {
            throw new IllegalStateException(name + " must not contain '</s' (it would end its <script> or <style>)");
        }
        return text;
    }
}
