package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages as input: the same claims as the article's text, offsets into the text shown by --dump-text. */
class HtmlInputTest {

    /** The rows of a CSV output, each as column -> cell. */
    static List<Map<String, String>> rows(String csv) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv))) {
            out.add(r.toMap());
        }
        return out;
    }

    /** A news page around the lines of {@code text}: navigation, scripts, a footer, all with numbers. */
    static String page(String text) {
        StringBuilder body = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            // inline markup inside paragraphs, and a source line break between two Chinese characters
            escaped = escaped.replaceFirst("([\\p{IsHan}])([\\p{IsHan}])", "$1<b>$2</b>");
            escaped = escaped.replaceFirst("([\\p{IsHan}]{3})([\\p{IsHan}])", "$1\n      $2");
            body.append(n++ == 0 ? "<h1>" + escaped + "</h1>\n" : "<p><span>" + escaped + "</span></p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>新闻网 2024年第10期</title>\n"
                + "<script>var pv = 12345678; document.title += '增长50%';</script><style>.w{width:100%}</style></head>\n"
                + "<body><header><a href=\"/\">首页</a> | 注册用户超过1000万</header>\n"
                + "<nav><ul><li>财经</li><li>科技</li><li>排行榜前10名</li><li>3折优惠</li></ul></nav>\n"
                + "<div class=\"article\">\n" + body + "</div>\n"
                + "<aside>热门：某股上涨30%</aside><noscript>请开启JavaScript</noscript>\n"
                + "<footer>Copyright © 2024 新闻网 版权所有 京ICP备12345678号 客服电话：010-12345678 400-123-4567</footer>\n"
                + "<script src=\"stat.js\"></script></body></html>\n";
    }

    @Test
    void aPageGivesTheSameClaimsAsItsArticleText(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("-q", "--threads", "2"));
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : samples) {
            String name = p.getFileName().toString().replace(".txt", "");
            Files.writeString(dir.resolve(name + ".html"), page(Files.readString(p)), StandardCharsets.UTF_8);
            args.add(p.toString());
            args.add(dir.resolve(name + ".html").toString());
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<Map<String, String>> all = rows(r.out());
        assertTrue(all.size() > 40, r.out());
        for (Path p : samples) {
            String html = dir.resolve(p.getFileName().toString().replace(".txt", ".html")).toString();
            List<Map<String, String>> fromText = all.stream().filter(m -> m.get("doc").equals(p.toString())).toList();
            List<Map<String, String>> fromPage = all.stream().filter(m -> m.get("doc").equals(html)).toList();
            assertEquals(fromText.size(), fromPage.size(), p + ": " + fromPage);
            for (int i = 0; i < fromText.size(); i++) {
                for (String col : List.of("id", "sentence", "mention", "value", "value_max", "kind", "unit", "qualifier", "time",
                        "metric", "source", "change_from", "compared_with", "context", "delta", "rule")) {
                    assertEquals(fromText.get(i).get(col), fromPage.get(i).get(col), html + " row " + (i + 1) + " " + col);
                }
            }
            // offsets refer to the page's text, which --dump-text shows
            CliTest.Run dump = CliTest.run("-q", "--dump-text", html);
            assertEquals(ExitCode.OK, dump.code(), dump.err());
            for (String junk : List.of("京ICP备12345678号", "010-12345678", "排行榜前10名", "增长50%", "超过1000万", "某股上涨30%", "请开启JavaScript", "width:100%")) {
                assertFalse(dump.out().contains(junk), junk + " in " + dump.out());
            }
            for (Map<String, String> row : fromPage) {
                assertEquals(row.get("mention"), codePoints(dump.out(), Integer.parseInt(row.get("start")), Integer.parseInt(row.get("end"))));
            }
        }
    }

    static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void dumpTextIsExactlyTheDecodedText(@TempDir Path dir) throws IOException {
        String text = "𠀀据统计，该市去年常住人口增长了3.5%。\r\n第二行\n";
        Path gbk = Files.write(dir.resolve("gb.txt"), text.getBytes("GB18030"));
        CliTest.Run one = CliTest.run("-q", "--dump-text", gbk.toString());
        assertEquals(ExitCode.OK, one.code(), one.err());
        assertEquals(text, one.out());
        Path page = Files.writeString(dir.resolve("p.htm"), "<p>营收增长了5%。</p>", StandardCharsets.UTF_8);
        CliTest.Run two = CliTest.run("--dump-text", gbk.toString(), page.toString(), dir.resolve("missing.txt").toString());
        assertEquals(ExitCode.SOME_FAILED, two.code());
        assertEquals("==> " + gbk + " <==\n" + text + "==> " + page + " <==\n营收增长了5%。\n", two.out());
        assertTrue(two.err().startsWith("statclaim: " + dir.resolve("missing.txt") + ": no such file or directory\n"), two.err());
        assertTrue(two.err().contains("statclaim: 2 documents, "), two.err());
    }

    @Test
    void directoriesGiveTextAndHtmlFilesByDefault(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "下降了7%。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.html"), "<p>增长了5%。</p>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.HTM"), "<p>增长了6%。</p>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d.md"), "上升了9%。", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("-q", dir.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<String> docs = rows(r.out()).stream().map(m -> Path.of(m.get("doc")).getFileName().toString()).toList();
        assertEquals(List.of("a.txt", "b.html", "c.HTM"), docs);
    }
}
