package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.json.JsonArray;
import javax.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statclaim.Chromium;
import org.statclaim.eval.Scorer;

/**
 * {@code statclaim report} in a real browser: headless Chromium driven through the DevTools
 * protocol ({@link Chromium}) opens the page, clicks, types and presses keys as a user would,
 * and reads what the page shows. With {@code CI=true} the test fails when no browser can be
 * started ({@code .ci/run} installs one); elsewhere it is skipped then.
 *
 * <p>It writes the README's screenshot, {@code docs/report.png}.
 */
class ReportBrowserTest {

    static final Path SCREENSHOT = Path.of("docs", "report.png");
    static final Path REAL_TEXTS = Path.of("..", "shared", "realnews", "texts");

    static Chromium browser;
    /** Why no browser could be started, or null. */
    static String noBrowser;

    @BeforeAll
    static void startBrowser() {
        try {
            browser = Chromium.start(1280, 860);
        } catch (IOException e) {
            noBrowser = e.getMessage();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private int errorsBefore;

    /** Each test is skipped without a browser (and listed as skipped), but fails on CI, which must have one. */
    @BeforeEach
    void needsABrowser() {
        if (browser == null) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true but no browser could be started (.ci/run installs chromium): " + noBrowser);
            }
            Assumptions.abort("no browser: " + noBrowser);
        }
        errorsBefore = browser.errors().size();
    }

    /** The console errors this test caused. */
    private List<String> newErrors() {
        List<String> all = browser.errors();
        return all.subList(errorsBefore, all.size());
    }

    @Test
    void aFactCheckerReviewsTheSamples(@TempDir Path dir) throws IOException {
        List<Map<String, String>> csv = csv("samples/");
        Path page = report(dir, "samples/");
        browser.open(page.toUri().toString());
        browser.waitFor("document.querySelectorAll('#docs-table tbody tr').length > 0");

        // the index: every document with its number of claims
        List<String> names = names();
        assertEquals(5, names.size());
        for (int d = 0; d < names.size(); d++) {
            String name = names.get(d);
            long n = csv.stream().filter(r -> r.get("doc").equals(name)).count();
            assertEquals(String.valueOf(n), browser.evalString("document.querySelectorAll('#docs-table tbody tr')[" + d + "].children[2].textContent"), name);
        }

        // a claim with a metric and a source, clicked in its text: the detail view shows its whole row
        Map<String, String> sourced = csv.stream().filter(r -> !r.get("source").isEmpty() && !r.get("metric").isEmpty()).findFirst().orElseThrow();
        openDocument(names.indexOf(sourced.get("doc")));
        assertEquals(dumpText(sourced.get("doc")), browser.evalString("document.getElementById('doc-text').textContent"),
                "the text shown is the --dump-text view");
        browser.click("mark[data-id='" + sourced.get("id") + "']");
        browser.waitFor("document.querySelector('mark.selected') && document.querySelector('mark.selected').dataset.id === "
                + Chromium.jsString(sourced.get("id")));
        assertEquals(sourced.get("metric"), detail("metric"));
        assertEquals(sourced.get("source"), detail("source"));
        assertDetailIsTheRow(sourced);

        // a change: its earlier value is highlighted and one click away
        Map<String, String> change = csv.stream().filter(r -> !r.get("change_from").isEmpty()).findFirst().orElseThrow();
        openDocument(names.indexOf(change.get("doc")));
        browser.click("mark[data-id='" + change.get("id") + "']");
        browser.waitFor("document.querySelector('mark.selected') && document.querySelector('mark.selected').dataset.id === "
                + Chromium.jsString(change.get("id")));
        assertDetailIsTheRow(change);
        String from = change.get("change_from");
        assertTrue(classes(from).contains("related"), "the earlier value is highlighted");
        browser.click("#detail tr[data-col='change_from'] a");
        browser.waitFor("document.activeElement && document.activeElement.dataset.id === " + Chromium.jsString(from));
        assertTrue(classes(from).contains("selected"));
        assertTrue(classes(change.get("id")).contains("related"), "the later value is highlighted from the earlier one");
        assertTrue(browser.evalString("location.hash").endsWith("/" + from));
        Map<String, String> earlier = row(csv, change.get("doc"), from);
        assertEquals(earlier.get("mention"), browser.evalString("document.activeElement.textContent"));
        assertDetailIsTheRow(earlier);

        // keyboard: j and k go to the next and the previous claim in reading order
        List<String> order = ids(change.get("doc"), csv);
        int at = order.indexOf(from);
        browser.press("j");
        assertEquals(order.get(Math.min(at + 1, order.size() - 1)), selected());
        browser.press("k");
        assertEquals(from, selected());

        // the README's screenshot: the later value selected, its earlier value highlighted
        browser.click("mark[data-id='" + change.get("id") + "']");
        browser.eval("window.scrollTo(0, 0)");
        Path shot = dir.resolve("report.png");
        browser.screenshot(shot);
        assertTrue(Files.size(shot) > 10_000, "a screenshot with something in it");
        keepScreenshot(shot);

        // the table of all claims: filter by kind, by words of metric or source, by document; sort
        browser.click("header nav a[href='#claims']");
        browser.waitFor("!document.getElementById('claims-view').hidden");
        assertEquals(csv.size(), tableRows().size());
        String kind = "percent";
        select("filter-kind", kind);
        List<Map<String, String>> percent = csv.stream().filter(r -> r.get("kind").equals(kind)).toList();
        assertTrue(percent.size() > 1);
        assertEquals(percent.size(), tableRows().size());
        assertTrue(tableRows().stream().allMatch(r -> r.get("kind").equals(kind)));
        String word = percent.stream().map(r -> r.get("metric")).filter(m -> m.length() >= 2).findFirst().orElseThrow().substring(0, 2);
        browser.click("#filter-text");
        browser.type(word);
        long expected = percent.stream().filter(r -> r.get("metric").contains(word) || r.get("source").contains(word)).count();
        assertTrue(expected > 0);
        assertEquals(expected, tableRows().size(), "rows of kind " + kind + " with " + word + " in metric or source");
        browser.eval("(() => { const t = document.getElementById('filter-text'); t.value = ''; t.dispatchEvent(new Event('input')); })()");
        select("filter-kind", "");
        select("filter-doc", String.valueOf(names.indexOf(change.get("doc"))));
        assertEquals(csv.stream().filter(r -> r.get("doc").equals(change.get("doc"))).count(), tableRows().size());
        select("filter-doc", "");
        browser.click("#claims-table th[data-col='value'] button");
        List<Double> values = tableRows().stream().map(r -> r.get("value")).filter(v -> !v.isEmpty()).map(Double::valueOf).toList();
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        assertEquals(sorted, values, "sorted by value");
        assertTrue(tableRows().get(tableRows().size() - 1).get("value").isEmpty() || values.size() == csv.size(), "empty values last");

        // each row links to its place in the text
        Map<String, String> first = tableRows().get(0);
        browser.click("#claims-table tbody tr:first-child td:nth-child(3) a");
        browser.waitFor("!document.getElementById('doc-view').hidden && document.activeElement.dataset.id === "
                + Chromium.jsString(first.get("id")));
        assertEquals(first.get("doc"), browser.evalString("document.getElementById('doc-name').textContent"));

        assertEquals(List.of(), newErrors(), "the browser console shows no error");
    }

    @Test
    void aHostileDocumentIsShownAsTextAndRunsNothing(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String hostile = "据统计，今年有38%的人<script>window.__pwned = 'script';</script>认为物价上涨</textarea>"
                + "<img src=x onerror=\"window.__pwned = 'img'\">。\n"
                + "<a href=\"javascript:window.__pwned = 'link'\">点击</a>另有2300多个项目</script><script>window.__pwned = 'close'</script>。\n"
                + "<svg onload=\"window.__pwned = 'svg'\"></svg><iframe src=\"javascript:parent.__pwned = 'iframe'\"></iframe>"
                + "<!-- \u2028 </style><style>body{display:none}</style> --> 增长了5倍。\n";
        Files.writeString(in.resolve("hostile.txt"), hostile, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("<img src=x onerror=window.__pwned=1>.txt"), "据统计，约有40%的家庭受影响。\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("page.html"), "<html><body><p>据统计，有38%的人认为&lt;script&gt;window.__pwned = 'entity'&lt;/script&gt;"
                + "&lt;img src=x onerror=window.__pwned=2&gt;</p></body></html>", StandardCharsets.UTF_8);
        Files.write(in.resolve("broken.txt"), new byte[] {'<', 0, '>'}); // binary: a failure, listed in the index
        Path page = dir.resolve("report.html");
        CliTest.Run r = CliTest.run("report", "-q", "-o", page.toString(), in.toString());
        assertEquals(ExitCode.SOME_FAILED, r.code(), r.err());

        browser.open(page.toUri().toString());
        browser.waitFor("document.querySelectorAll('#docs-table tbody tr').length === 4");
        List<String> names = names();
        assertTrue(names.contains(in.resolve("<img src=x onerror=window.__pwned=1>.txt").toString()), names.toString());
        assertTrue(browser.evalString("document.getElementById('docs-table').textContent").contains("failed: binary file"));
        for (int d = 0; d < names.size(); d++) {
            if (names.get(d).endsWith("broken.txt")) {
                continue;
            }
            openDocument(d);
            String shown = browser.evalString("document.getElementById('doc-text').textContent");
            assertEquals(dumpText(names.get(d)), shown);
            if (names.get(d).endsWith("hostile.txt")) {
                assertTrue(shown.contains("<script>window.__pwned = 'script';</script>"), shown);
                assertTrue(shown.contains("<img src=x onerror=\"window.__pwned = 'img'\">"), shown);
            } else if (names.get(d).endsWith("page.html")) {
                assertTrue(shown.contains("<script>window.__pwned = 'entity'</script>"), shown);
            }
            browser.press("j"); // the detail view of the first claim, with its context
        }
        browser.click("header nav a[href='#claims']");
        browser.waitFor("!document.getElementById('claims-view').hidden");
        assertEquals(JsonValue.TRUE, browser.eval("window.__pwned === undefined"), "no script of a document ran");
        assertEquals(JsonValue.TRUE, browser.eval("document.querySelectorAll('img, svg, iframe, textarea, a[href^=\"javascript\"]').length === 0"));
        assertEquals(JsonValue.TRUE, browser.eval("document.querySelectorAll('script:not([type])').length === 1"), "only the page's own script");
        assertEquals(List.of(), newErrors(), "no console error on the report");

        // the marker works: a page that lets the same markup run sets it
        Path control = Files.writeString(dir.resolve("control.html"), "<html><body>" + hostile + "</body></html>", StandardCharsets.UTF_8);
        browser.open(control.toUri().toString());
        assertEquals(JsonValue.TRUE, browser.eval("window.__pwned !== undefined"), "the marker check can fail");
    }

    @Test
    void everyRowOfTheRealNewsIsInItsReportOnce(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(REAL_TEXTS), "../shared/realnews is not here");
        List<Map<String, String>> csv = csv(REAL_TEXTS.toString());
        Path page = report(dir, REAL_TEXTS.toString());
        browser.open(page.toUri().toString());
        browser.waitFor("document.querySelectorAll('#docs-table tbody tr').length > 0");
        List<String> names = names();
        assertEquals(24, names.size());
        Map<String, Integer> shown = new TreeMap<>();
        for (int d = 0; d < names.size(); d++) {
            openDocument(d);
            assertEquals(dumpText(names.get(d)), browser.evalString("document.getElementById('doc-text').textContent"), names.get(d));
            JsonArray marks = browser.eval("[...document.querySelectorAll('#doc-text mark')].map(m => [m.dataset.id, m.textContent])").asJsonArray();
            for (JsonValue m : marks) {
                JsonArray pair = m.asJsonArray();
                shown.merge(names.get(d) + "#" + pair.getString(0) + " " + pair.getString(1), 1, Integer::sum);
            }
        }
        Map<String, Integer> rows = new TreeMap<>();
        for (Map<String, String> row : csv) {
            rows.merge(row.get("doc") + "#" + row.get("id") + " " + row.get("mention"), 1, Integer::sum);
        }
        assertEquals(rows, shown, "every CSV row highlighted once, at its mention");
        assertTrue(rows.values().stream().allMatch(n -> n == 1));
        System.out.println("report of " + REAL_TEXTS + ": " + names.size() + " documents, " + csv.size() + " rows, each highlighted once");
        browser.click("header nav a[href='#claims']");
        browser.waitFor("!document.getElementById('claims-view').hidden");
        assertEquals(csv.size() + " of " + csv.size() + " claims" + (csv.size() > 200 ? ", first 200 shown" : ""),
                browser.evalString("document.getElementById('filter-count').textContent"));
        assertEquals(List.of(), newErrors(), "the browser console shows no error");
    }

    @Test
    void aThousandDocumentsAreRenderedOnlyWhenOpened(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 1000; i++) {
            Files.writeString(in.resolve(String.format("%04d.txt", i)), "据统计，约有" + (i % 97 + 1) + "%的家庭受影响。\n", StandardCharsets.UTF_8);
        }
        List<Map<String, String>> csv = csv(in.toString());
        assertEquals(1000, csv.size());
        Path page = report(dir, in.toString());
        browser.open(page.toUri().toString());
        browser.waitFor("document.querySelectorAll('#docs-table tbody tr').length === 1000");
        assertEquals(JsonValue.TRUE, browser.eval("document.querySelectorAll('mark').length === 0"), "no text rendered before one is opened");
        browser.click("header nav a[href='#claims']");
        browser.waitFor("document.getElementById('filter-count').textContent === '1000 of 1000 claims, first 200 shown'");
        assertEquals(200, tableRows().size());
        browser.click("#more-claims");
        assertEquals(400, tableRows().size());
        openDocument(999);
        assertEquals(JsonValue.TRUE, browser.eval("document.querySelectorAll('#doc-text').length === 1"
                + " && document.querySelectorAll('#doc-text mark').length === 1"), "one document in the page at a time");
        browser.press("j");
        assertEquals(csv.get(999).get("metric"), detail("metric"));
        assertEquals(List.of(), newErrors(), "the browser console shows no error");
    }

    // ----- helpers ---------------------------------------------------------------------------

    /**
     * The README's screenshot becomes {@code shot}, unless the one there already shows the same page:
     * the same size and under 1 % of the pixels different (the rasterizer's anti-aliasing varies
     * from run to run), so that a test run does not rewrite a committed image for nothing.
     */
    static void keepScreenshot(Path shot) throws IOException {
        if (Files.isRegularFile(SCREENSHOT)) {
            java.awt.image.BufferedImage old = javax.imageio.ImageIO.read(SCREENSHOT.toFile());
            java.awt.image.BufferedImage now = javax.imageio.ImageIO.read(shot.toFile());
            if (old != null && old.getWidth() == now.getWidth() && old.getHeight() == now.getHeight()) {
                long differ = 0;
                for (int x = 0; x < now.getWidth(); x++) {
                    for (int y = 0; y < now.getHeight(); y++) {
                        if (old.getRGB(x, y) != now.getRGB(x, y)) {
                            differ++;
                        }
                    }
                }
                if (differ * 100 < (long) now.getWidth() * now.getHeight()) {
                    System.out.println(SCREENSHOT + " kept (the new screenshot differs in " + differ + " pixels)");
                    return;
                }
            }
        }
        Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
        Files.copy(shot, SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println(SCREENSHOT + " written");
    }

    static List<Map<String, String>> csv(String path) throws IOException {
        CliTest.Run r = CliTest.run("-q", path);
        assertEquals(ExitCode.OK, r.code(), r.err());
        return Scorer.readCsv(new StringReader(r.out()));
    }

    static Path report(Path dir, String path) {
        Path page = dir.resolve("report.html");
        CliTest.Run r = CliTest.run("report", "-q", "-o", page.toString(), path);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.out(), "the page goes to the file");
        return page;
    }

    static String dumpText(String name) {
        CliTest.Run r = CliTest.run("-q", "--dump-text", name);
        assertEquals(ExitCode.OK, r.code(), r.err());
        return r.out();
    }

    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (JsonValue v : browser.eval("[...document.querySelectorAll('#docs-table tbody tr')].map(tr => tr.children[1].textContent)").asJsonArray()) {
            out.add(((javax.json.JsonString) v).getString());
        }
        return out;
    }

    static void openDocument(int d) {
        browser.click("header nav a[href='#docs']");
        browser.waitFor("!document.getElementById('docs-view').hidden");
        browser.click("#docs-table tbody tr:nth-child(" + (d + 1) + ") a");
        browser.waitFor("!document.getElementById('doc-view').hidden && document.getElementById('doc-name').textContent === "
                + Chromium.jsString(names().get(d)));
    }

    static String detail(String column) {
        return browser.evalString("document.querySelector(\"#detail tr[data-col='" + column + "'] td\").textContent");
    }

    static String selected() {
        return browser.evalString("document.querySelector('mark.selected').dataset.id");
    }

    static String classes(String id) {
        return browser.evalString("document.querySelector(\"mark[data-id='" + id + "']\").className");
    }

    /** Every column of the row, in the detail view: the claims it refers to as links "#id mention". */
    static void assertDetailIsTheRow(Map<String, String> row) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            String shown = detail(e.getKey());
            if ((e.getKey().equals("change_from") || e.getKey().equals("compared_with")) && !e.getValue().isEmpty()) {
                assertTrue(shown.startsWith("#" + e.getValue() + " "), e.getKey() + ": " + shown);
            } else {
                assertEquals(e.getValue(), shown, e.getKey());
            }
        }
    }

    static Map<String, String> row(List<Map<String, String>> csv, String doc, String id) {
        return csv.stream().filter(r -> r.get("doc").equals(doc) && r.get("id").equals(id)).findFirst().orElseThrow();
    }

    /** The ids of a document's claims in reading order. */
    static List<String> ids(String doc, List<Map<String, String>> csv) {
        return csv.stream().filter(r -> r.get("doc").equals(doc))
                .sorted(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.get("start")))).map(r -> r.get("id")).toList();
    }

    static void select(String id, String value) {
        browser.eval("(() => { const s = document.getElementById('" + id + "'); s.value = " + Chromium.jsString(value)
                + "; s.dispatchEvent(new Event('change')); })()");
    }

    /** The rows the claims table shows, cell by column. */
    static List<Map<String, String>> tableRows() {
        JsonArray heads = browser.eval("[...document.querySelectorAll('#claims-table thead th')].map(th => th.dataset.col)").asJsonArray();
        JsonArray cells = browser.eval("[...document.querySelectorAll('#claims-table tbody tr')].map(tr => [...tr.children].map(td => td.textContent))")
                .asJsonArray();
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonValue tr : cells) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < heads.size(); i++) {
                m.put(heads.getString(i), tr.asJsonArray().getString(i));
            }
            out.add(m);
        }
        return out;
    }
}
