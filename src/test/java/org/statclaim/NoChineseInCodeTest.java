package org.statclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code knows no Chinese: Han characters, CJK punctuation and full-width forms stand in
 * src/main/java only in comments; words and punctuation sets are data files. The allowlist holds
 * the punctuation the engine itself inserts.
 * Every package of src/main/java is scanned.
 */
class NoChineseInCodeTest {

    static final Path MAIN = Paths.get("src/main/java/org/statclaim");
    /** file:character allowed in its code: the 。 that joins the windows given to the models. */
    static final Set<String> ALLOWED = Set.of("nlp/ChineseNlp.java:\u3002");

    @Test
    void noChineseOutsideComments() throws IOException {
        List<String> found = new ArrayList<>();
        {
            try (Stream<Path> files = Files.walk(MAIN)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String rel = MAIN.relativize(f).toString().replace('\\', '/');
                    String code = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
                    int line = 1;
                    for (int i = 0; i < code.length(); i++) {
                        char c = code.charAt(i);
                        if (c == '\n') {
                            line++;
                        } else if (isChinese(c) && !ALLOWED.contains(rel + ":" + c)) {
                            found.add(rel + ":" + line + ": " + c);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "Chinese in code (move it to a data file, or allow engine punctuation here)");
    }

    @Test
    void commentsAreStrippedButStringsKept() {
        String code = "a = \"x//y\"; // gone\n/* gone\n */ b = '\\''; c = \"\"\"\n  /* kept */\"\"\";";
        assertEquals("a = \"x//y\"; \n\n b = '\\''; c = \"\"\"\n  /* kept */\"\"\";", withoutComments(code));
    }

    static boolean isChinese(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
    }

    /** {@code code} without its comments (the newlines inside them kept), strings and characters left as they are. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                while (i < n && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(n, j + 1);
                out.append(code, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
