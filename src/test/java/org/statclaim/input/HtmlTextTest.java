package org.statclaim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML to text: blocks and line breaks, what is left out, white space, the declared charset. */
class HtmlTextTest {

    @Test
    void blocksEndLinesInlineElementsDoNot() {
        String html = "<html><body><h1>标题</h1><div>营收<b>增长</b>了<a href=x>5%</a>。<br>利润下降。</div>"
                + "<ul><li>一</li><li>二</li></ul><p>段落</p>尾</body></html>";
        assertEquals("标题\n营收增长了5%。\n利润下降。\n一\n二\n段落\n尾\n", HtmlText.toText(html));
    }

    @Test
    void tableRowsAreLinesAndCellsAreTabSeparated() {
        String html = "<table><tr><th>年份</th><th>占比</th></tr><tr><td>2019</td><td> 27% </td></tr></table>";
        assertEquals("年份\t占比\n2019\t27%\n", HtmlText.toText(html));
    }

    @Test
    void navigationScriptsAndOtherNonTextAreLeftOut() {
        String html = "<!DOCTYPE html><html><head><title>标题2024</title><style>p{width:100%}</style></head><body>"
                + "<header>首页</header><nav><a>财经</a><a>排行前10名</a></nav><script>var a = '增长50%';</script>"
                + "<noscript>请开启JavaScript</noscript><p>正文增长了3%。</p><aside>热门30%</aside>"
                + "<form><input value=1>搜索</form><iframe src=x></iframe><div hidden>隐藏的20%</div>"
                + "<div style=\"display: none\">也隐藏的20%</div><footer>京ICP备12345678号</footer></body></html>";
        assertEquals("正文增长了3%。\n", HtmlText.toText(html));
    }

    @Test
    void whiteSpaceCollapsesAndLineBreaksBetweenChineseCharactersVanish() {
        assertEquals("中国经济增长了 5%，GDP rose 5%。\n",
                HtmlText.toText("<p>  中国经济\n  增长了\n 5%，GDP\n rose&nbsp;5%。  </p>"));
        assertEquals("a  b\n  c\n", HtmlText.toText("<pre>a  b\n  c</pre>"));
        assertEquals("一\n\n二\n", HtmlText.toText("<p>一<br><br>二</p>"));
        assertEquals("", HtmlText.toText("<html><body> <script>x</script> </body></html>"));
    }

    @Test
    void htmlIsRecognizedByItsStart() {
        assertTrue(HtmlText.looksLikeHtml("\uFEFF  \n<!DOCTYPE html>\n<html>"));
        assertTrue(HtmlText.looksLikeHtml("<HTML lang=zh>"));
        assertTrue(HtmlText.looksLikeHtml("<html>"));
        assertFalse(HtmlText.looksLikeHtml("增长了5%。<html>"));
        assertFalse(HtmlText.looksLikeHtml("<htmlx>"));
        assertTrue(HtmlText.isHtmlName("a.HTM"));
        assertFalse(HtmlText.isHtmlName("a.txt"));
    }

    @Test
    void declaredCharsets() {
        assertEquals(Charset.forName("GB18030"),
                HtmlText.declaredCharset("<html><head><meta charset=\"gb2312\">".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Charset.forName("Big5-HKSCS"), HtmlText.declaredCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.UTF_8, HtmlText.declaredCharset("<meta charset='UTF-8'>".getBytes(StandardCharsets.US_ASCII)));
        assertNull(HtmlText.declaredCharset("<meta charset=no-such-charset>".getBytes(StandardCharsets.US_ASCII)));
        assertNull(HtmlText.declaredCharset(("<!-- " + "x".repeat(1100) + " --><meta charset=gbk>").getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void readerDecodesWithTheDeclaredCharsetAndExtractsTheText(@TempDir Path dir) throws Exception {
        String page = "<!DOCTYPE html><html><head><meta charset=\"gbk\"></head><body><p>據統計，增长了3.5%。</p></body></html>";
        Path gbk = Files.write(dir.resolve("page.html"), page.getBytes("GBK"));
        assertEquals("據統計，增长了3.5%。\n", new DocumentReader(null).read(new Inputs.Input("page.html", gbk, null)).text());
        // a page that declares the wrong charset is still read right (UTF-8 is tried first)
        Path lying = Files.write(dir.resolve("lying.htm"), page.getBytes(StandardCharsets.UTF_8));
        assertEquals("據統計，增长了3.5%。\n", new DocumentReader(null).read(new Inputs.Input("lying.htm", lying, null)).text());
        // sniffed without the .html name; a UTF-16 page with its BOM
        Path sniffed = Files.write(dir.resolve("page.txt"), ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE));
        assertEquals("據統計，增长了3.5%。\n", new DocumentReader(null).read(new Inputs.Input("page.txt", sniffed, null)).text());
        Path empty = Files.write(dir.resolve("empty.html"), "<html><body><nav>菜单</nav></body></html>".getBytes(StandardCharsets.UTF_8));
        InputError e = assertThrows(InputError.class, () -> new DocumentReader(null).read(new Inputs.Input("empty.html", empty, null)));
        assertEquals("no text in the HTML page", e.getMessage());
    }
}
