package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statclaim.eval.Scorer;
import org.statclaim.output.HtmlReport;

/**
 * {@code statclaim report} without a browser: what the page holds (every row of the CSV, cell for
 * cell; each text as {@code --dump-text} prints it; failures), its policy, its exit codes and files.
 * {@link ReportBrowserTest} drives the same page in Chromium.
 */
class ReportCommandTest {

    private static final Pattern BLOCK = Pattern.compile("<script type=\"application/json\" id=\"([a-z0-9-]+)\">(.*?)</script>", Pattern.DOTALL);

    /** The page's JSON blocks by id. */
    static Map<String, JsonValue> blocks(String page) {
        Map<String, JsonValue> out = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(page);
        while (m.find()) {
            try (JsonReader r = Json.createReader(new StringReader(m.group(2)))) {
                out.put(m.group(1), r.readValue());
            }
        }
        return out;
    }

    @Test
    void thePageHoldsEveryRowAndEveryTextAndNamesTheFailures(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("report.html");
        String missing = dir.resolve("missing.txt").toString();
        CliTest.Run r = CliTest.run("report", "-o", page.toString(), "samples/", missing);
        assertEquals(ExitCode.SOME_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("missing.txt: no such file or directory"), r.err());
        assertTrue(r.err().matches("(?s).*statclaim: 5 documents, \\d+ claims, [0-9.]+ s, 1 failed, report in .*"), r.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlReport.contentSecurityPolicy() + "\">"));
        assertTrue(html.contains("<script>" + inline(html, "<script>") + "</script>"));
        assertEquals(HtmlReport.contentSecurityPolicy().replaceAll(".*script-src '([^']+)'.*", "$1"),
                HtmlReport.sha256(inline(html, "<script>")), "the script's hash is in the policy");
        assertEquals(HtmlReport.contentSecurityPolicy().replaceAll(".*style-src '([^']+)'.*", "$1"),
                HtmlReport.sha256(inline(html, "<style>")), "the style's hash is in the policy");

        Map<String, JsonValue> blocks = blocks(html);
        JsonObject index = blocks.get("index").asJsonObject();
        JsonArray docs = index.getJsonArray("docs");
        assertEquals(6, docs.size());
        JsonObject failed = docs.getJsonObject(5);
        assertEquals(missing, failed.getString("name"));
        assertEquals("no such file or directory", failed.getString("error"));
        assertEquals(5, blocks.keySet().stream().filter(k -> k.startsWith("doc-")).count(), "one text per document read");

        List<Map<String, String>> csv = Scorer.readCsv(new StringReader(CliTest.run("-q", "samples/").out()));
        List<String> columns = new ArrayList<>();
        index.getJsonArray("columns").forEach(v -> columns.add(((javax.json.JsonString) v).getString()));
        assertEquals(new ArrayList<>(csv.get(0).keySet()), columns, "every column, in the CSV's order");
        List<Map<String, String>> shown = new ArrayList<>();
        for (JsonValue v : index.getJsonArray("rows")) {
            JsonArray cells = v.asJsonObject().getJsonArray("c");
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), cells.getString(i));
            }
            assertEquals(docs.getJsonObject(v.asJsonObject().getInt("d")).getString("name"), m.get("doc"));
            shown.add(m);
        }
        assertEquals(csv, shown, "the CSV's rows, cell for cell, in order");
        for (int d = 0; d < 5; d++) {
            String name = docs.getJsonObject(d).getString("name");
            String text = ((javax.json.JsonString) blocks.get("doc-" + d)).getString();
            assertEquals(CliTest.run("--dump-text", name).out(), text, name);
            assertEquals(csv.stream().filter(row -> row.get("doc").equals(name)).count(), docs.getJsonObject(d).getInt("claims"));
        }
    }

    @Test
    void hostileTextNeverReachesTheMarkup(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("x.txt"),
                "\u636e\u7edf\u8ba1\uff0c\u7ea640%</script><script>alert(1)</script><img src=x onerror=alert(2)>\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("report", "-q", in.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        String html = r.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"), "the page on stdout without -o");
        assertEquals(html, CliTest.run("report", "-q", "-o", "-", in.toString()).out(), "-o - is stdout");
        assertEquals(3, html.split("<script", -1).length - 1, "the text block, the index, the page's own script");
        assertTrue(!html.contains("alert(1)</script>") && !html.contains("<img"), "no markup of the document");
        assertTrue(html.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"), "escaped in the JSON");
    }

    @Test
    void usageAndAnUntouchedFileWhenNothingCouldBeRead(@TempDir Path dir) throws IOException {
        assertEquals(ExitCode.USAGE, CliTest.run("report").code());
        assertEquals(ExitCode.USAGE, CliTest.run("report", "--threads", "0", "samples/").code());
        assertEquals(ExitCode.USAGE, CliTest.run("report", "--bom", "samples/").code());
        Path page = Files.writeString(dir.resolve("report.html"), "old");
        CliTest.Run r = CliTest.run("report", "-q", "-o", page.toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCode.SOME_FAILED, r.code());
        assertEquals("old", Files.readString(page));
        assertTrue(r.err().contains("left as it was"), r.err());
        assertEquals(ExitCode.USAGE, CliTest.run("report", "-o", dir.toString(), "samples/").code(), "-o a directory");
        assertTrue(CliTest.run("report", "-o", dir.resolve("no/such/folder/r.html").toString(), "samples/").err().contains("-o "));
        assertTrue(CliTest.run("report", "-h").out().contains("Usage: statclaim report"));
        assertTrue(CliTest.run("-h").out().contains("report"), "listed in the main help");
    }

    /** The text between {@code open} and its closing tag. */
    private static String inline(String html, String open) {
        int start = html.indexOf(open) + open.length();
        return html.substring(start, html.indexOf("</" + open.substring(1), start));
    }
}
