package org.statclaim.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Timeout;

/**
 * Decoding any bytes, as text and as a page, detected, lenient and forced: a document or an
 * {@link InputError} with a one-line message, nothing else, never a hang. Seeds:
 * {@code DocumentReaderFuzzTestInputs/read/}; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class DocumentReaderFuzzTest {

    private static final DocumentReader[] READERS = {
        new DocumentReader(null), new DocumentReader(null, true),
        new DocumentReader(Charset.forName("GB18030")), new DocumentReader(Charset.forName("UTF-16LE"), true),
    };

    @FuzzTest(maxDuration = "2m")
    @Timeout(10)
    void read(byte[] input) {
        for (DocumentReader reader : READERS) {
            for (String name : new String[] {"doc.txt", "page.html"}) {
                try {
                    Document d = reader.read(name, input);
                    assertEquals(name, d.name());
                    // an empty or blank input is a document with no claims (issue 19); its text is only white space then
                    assertTrue(!d.text().isBlank() || d.text().strip().isEmpty(), "a blank document is white space only");
                    assertEquals(-1, d.text().indexOf('\0'), "no NUL in a document's text");
                } catch (InputError e) {
                    assertTrue(e.getMessage() != null && !e.getMessage().isBlank() && e.getMessage().indexOf('\n') < 0, e.getMessage());
                }
            }
        }
    }
}
