package org.statclaim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import javax.json.Json;
import javax.json.JsonReader;
import org.junit.jupiter.api.Test;

/** The page's JSON cannot end its block, and reads back as the very text; the policy names the page's own code. */
class HtmlReportTest {

    @Test
    void textIsSafeInsideAScriptBlockAndReadsBackVerbatim() {
        String[] texts = {
            "</script><script>alert(1)</script>",
            "<!-- <script> --> </SCRIPT > </style>",
            "\"quotes\" and \\backslashes\\ & ampersands",
            "line\nbreaks\r\nand\ttabs, \u0000 \u001f controls",
            "separators \u2028 and \u2029 end a JavaScript line",
            "a pair \uD83D\uDE00 and lone halves \uD83D x \uDE00",
            "\u636e\u7edf\u8ba1\uff0c\u7ea640%",
        };
        for (String t : texts) {
            StringBuilder sb = new StringBuilder();
            HtmlReport.quote(sb, t);
            String json = sb.toString();
            assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
            assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
            try (JsonReader r = Json.createReader(new StringReader("[" + json + "]"))) {
                assertEquals(t, r.readArray().getString(0), "reads back verbatim");
            }
        }
    }

    @Test
    void thePolicyAllowsOnlyThePagesOwnStyleAndScript() {
        String csp = HtmlReport.contentSecurityPolicy();
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        assertTrue(csp.contains("script-src '" + HtmlReport.sha256(HtmlReport.JS) + "';"), csp);
        assertTrue(csp.contains("style-src '" + HtmlReport.sha256(HtmlReport.CSS) + "';"), csp);
        assertFalse(csp.contains("unsafe"), csp);
        assertFalse(csp.contains("http"), csp);
        // the digest of a known text, as browsers compute it (RFC 6234 test vector "abc")
        assertEquals("sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", HtmlReport.sha256("abc"));
    }
}
