package org.statclaim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * HTML to text on any string: no exception, no hang, and text shaped as promised (lines end with
 * \n, no \r, no line starts or ends with a space outside {@code <pre>}-free input). Seeds:
 * {@code HtmlTextFuzzTestInputs/toText/}; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class HtmlTextFuzzTest {

    @FuzzTest(maxDuration = "2m")
    @Timeout(10)
    void toText(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        HtmlText.looksLikeHtml(html);
        HtmlText.declaredCharset(input);
        String text = HtmlText.toText(html);
        assertTrue(text.isEmpty() || text.endsWith("\n"), text);
        if (!html.toLowerCase(java.util.Locale.ROOT).contains("<pre") && !html.toLowerCase(java.util.Locale.ROOT).contains("<listing")
                && !html.toLowerCase(java.util.Locale.ROOT).contains("<plaintext") && !html.toLowerCase(java.util.Locale.ROOT).contains("<textarea")) {
            assertEquals(-1, text.indexOf('\r'), text);
            for (String line : text.split("\n")) {
                assertTrue(line.isEmpty() || line.charAt(0) != ' ' && line.charAt(line.length() - 1) != ' ', "[" + line + "]");
            }
        }
    }
}
