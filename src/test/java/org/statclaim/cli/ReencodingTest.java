package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample, re-encoded, gives the rows of its UTF-8 original, offsets included (code points
 * of the decoded text): GB18030 and UTF-8 and UTF-16LE with a byte-order mark for all, GBK for
 * those GBK can encode (002 has U+00A0 and 004 U+00A9, which GBK lacks), and Big5 for the
 * Traditional sample 002 without its two lines Big5 cannot encode (a no-break space and
 * Simplified characters; the other samples are Simplified).
 */
class ReencodingTest {

    @Test
    void everyEncodingGivesTheRowsOfTheUtf8Original(@TempDir Path dir) throws IOException {
        Map<String, String> originals = new LinkedHashMap<>(); // file name -> text
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                originals.put(p.getFileName().toString().replace(".txt", ""), Files.readString(p));
            }
        }
        String traditional = originals.get("002_f0faf66cd39f5d72");
        String big5Part = traditional.lines().filter(l -> encodable(l, "Big5")).collect(Collectors.joining("\n", "", "\n"));
        assertEquals(traditional.lines().count() - 2, big5Part.lines().count(), "002 loses two lines in Big5");
        originals.put("002-big5-part", big5Part);

        List<String> args = new ArrayList<>(List.of("-q", "--format", "csv"));
        Map<String, String> variants = new LinkedHashMap<>(); // variant file -> original name
        for (Map.Entry<String, String> e : originals.entrySet()) {
            String name = e.getKey();
            String text = e.getValue();
            Path original = Files.writeString(dir.resolve(name + ".utf8.txt"), text, StandardCharsets.UTF_8);
            args.add(original.toString());
            List<String> charsets = new ArrayList<>(List.of("GB18030", "UTF-8-BOM", "UTF-16LE-BOM"));
            if (encodable(text, "GBK")) {
                charsets.add("GBK");
            }
            if (name.equals("002-big5-part")) {
                charsets = List.of("Big5");
            }
            for (String cs : charsets) {
                byte[] bytes = switch (cs) {
                    case "UTF-8-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                    case "UTF-16LE-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
                    default -> text.getBytes(cs);
                };
                Path p = Files.write(dir.resolve(name + "." + cs + ".txt"), bytes);
                args.add(p.toString());
                variants.put(p.toString(), original.toString());
            }
        }
        assertTrue(variants.keySet().stream().filter(v -> v.endsWith(".GBK.txt")).count() >= 3, variants.toString());

        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.code(), r.err());
        Map<String, List<String>> byDoc = new LinkedHashMap<>();
        for (String line : r.out().lines().skip(1).toList()) {
            String doc = line.substring(0, line.indexOf(','));
            byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(line.substring(line.indexOf(',') + 1)); // all columns but doc
        }
        assertTrue(byDoc.values().stream().mapToInt(List::size).sum() > 100, r.out());
        for (Map.Entry<String, String> v : variants.entrySet()) {
            assertEquals(byDoc.getOrDefault(v.getValue(), List.of()), byDoc.getOrDefault(v.getKey(), List.of()), v.getKey());
        }
    }

    private static boolean encodable(String text, String charset) {
        try {
            Charset.forName(charset).newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(text));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
