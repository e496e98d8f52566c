package org.statclaim.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the project's data files (rules, lexicons) from the classpath, always as UTF-8. */
public final class ResourceText {

    private ResourceText() {
    }

    /** All lines of a resource, comments (#) and blank lines removed. */
    public static List<String> lines(Class<?> anchor, String name) {
        List<String> out = new ArrayList<>();
        for (String line : rawLines(anchor, name)) {
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /** All lines as they are. */
    public static List<String> rawLines(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TSV rows of a resource: comment and blank lines skipped, each row split on TAB. */
    public static List<String[]> tsv(Class<?> anchor, String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(anchor, name)) {
            String[] f = line.split("\t", -1);
            rows.add(Arrays.stream(f).map(String::strip).toArray(String[]::new));
        }
        return rows;
    }
}
