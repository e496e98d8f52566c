package org.statclaim.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of paths to process ({@code --files-from}): one a line, or separated by NUL characters
 * ({@code -0}, as {@code find -print0} writes them, for names that hold a line break). Lines may
 * end in CR LF; empty entries are skipped. The bytes are decoded as this JVM decodes file names
 * (the locale's charset, {@code sun.jnu.encoding}), so a name is the file the shell would open.
 *
 * <pre>
 * samples/001.txt\nsamples/002.txt\n        -> [samples/001.txt, samples/002.txt]
 * a b.txt\0c\nd.txt\0                       -> [a b.txt, c\nd.txt]   (with -0)
 * </pre>
 */
public final class FileList {

    /** The list cannot be used: the message says why, in a few words. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private FileList() {
    }

    /** The paths listed in {@code in}, separated by NUL if {@code nul}, else by line breaks. */
    public static List<String> read(InputStream in, boolean nul) throws IOException, Unusable {
        return parse(in.readAllBytes(), nul, fileNameCharset());
    }

    /** The paths listed in {@code bytes}, decoded with {@code charset}. */
    static List<String> parse(byte[] bytes, boolean nul, Charset charset) throws Unusable {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Unusable("not valid " + charset.name() + ", the charset of file names here (set the locale, e.g. LANG=C.UTF-8)");
        }
        if (!nul && text.indexOf('\0') >= 0) {
            throw new Unusable("holds NUL characters: give -0 for a list separated by NUL (find -print0)");
        }
        List<String> out = new ArrayList<>();
        for (String entry : text.split(nul ? "\0" : "\n", -1)) {
            if (!nul && entry.endsWith("\r")) {
                entry = entry.substring(0, entry.length() - 1);
            }
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }

    /** The charset this JVM turns file names into strings with. */
    static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
