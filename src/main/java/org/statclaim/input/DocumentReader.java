package org.statclaim.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;

/**
 * Reads and decodes an input: {@code --encoding} if given; else a byte-order mark decides
 * (UTF-8, UTF-16LE/BE); else strict UTF-8; else, for an HTML page, the charset its
 * {@code <meta>} declares, if it decodes the bytes; else the charset detected from the bytes
 * (juniversalchardet: GBK/GB18030, Big5, UTF-16...) if it decodes them; else GB18030. Bytes that
 * do not decode are an error naming the file, never silently replaced, unless {@code lenient}:
 * then they are replaced and the document carries a warning with their count. A BOM is not
 * part of the text, so offsets start after it.
 *
 * <p>An HTML page (named {@code .html}/{@code .htm}, or starting with {@code <!DOCTYPE html} or
 * {@code <html>}) becomes the text a reader sees ({@link HtmlText}): the document's text, to which
 * all offsets refer, is that text.
 */
public final class DocumentReader {

    /** Detections we trust: the Chinese legacy charsets and the Unicode ones (not a Latin guess). */
    private static final java.util.regex.Pattern CHINESE_OR_UNICODE =
            java.util.regex.Pattern.compile("(?i)GB|BIG5|HZ|EUC-TW|UTF-(16|32)");

    private final Charset forced;
    private final boolean lenient;

    /** @param forced the charset from --encoding, or null to detect */
    public DocumentReader(Charset forced) {
        this(forced, false);
    }

    /**
     * @param forced  the charset from --encoding, or null to detect
     * @param lenient replace undecodable bytes (with a warning) instead of failing
     */
    public DocumentReader(Charset forced, boolean lenient) {
        this.forced = forced;
        this.lenient = lenient;
    }

    public Document read(Inputs.Input in) throws InputError {
        return read(in.name(), bytes(in));
    }

    /** The bytes of an input (a file, or stdin), undecoded; an error names why they cannot be read. */
    public static byte[] bytes(Inputs.Input in) throws InputError {
        try {
            return in.isStdin() ? readAll(System.in) : Files.readAllBytes(in.path());
        } catch (NoSuchFileException e) {
            throw new InputError("no such file (it may have been removed during the run)");
        } catch (AccessDeniedException e) {
            throw new InputError("permission denied");
        } catch (IOException e) {
            throw new InputError("cannot read: " + e.getMessage());
        }
    }

    /**
     * The document of an input named {@code name} (a name ending in .html or .htm means a page)
     * whose content is {@code bytes}.
     */
    public Document read(String name, byte[] bytes) throws InputError {
        return read(name, bytes, false);
    }

    /** As {@link #read(String, byte[])}; {@code html} says the bytes are a page whatever its name (the server's text/html). */
    public Document read(String name, byte[] bytes, boolean html) throws InputError {
        if (bytes.length == 0) {
            return new Document(name, "", null); // a document with no claims, as a scraped folder's empty page is
        }
        boolean htmlName = html || HtmlText.isHtmlName(name);
        Charset declared = htmlName || HtmlText.looksLikeHtml(bytes) ? HtmlText.declaredCharset(bytes) : null;
        String[] warning = new String[1];
        String text = decode(bytes, warning, declared);
        if (text.isBlank()) {
            return new Document(name, text, warning[0]); // only a byte-order mark or white space: no claims either
        }
        if (htmlName || HtmlText.looksLikeHtml(text)) {
            text = HtmlText.toText(text);
            if (text.isBlank()) {
                throw new InputError(InputError.Kind.NO_TEXT, "no text in the HTML page");
            }
        }
        return new Document(name, text, warning[0]);
    }

    /**
     * The document of a text given already decoded (a batch item sent to the server as JSON),
     * read as decoded bytes are: NUL characters mean binary content; an empty or blank text is a
     * document with no claims; a page (named {@code .html} or {@code .htm}, or looking like one)
     * becomes its text.
     */
    public static Document fromText(String name, String text) throws InputError {
        if (text.indexOf('\0') >= 0) {
            throw new InputError(InputError.Kind.BINARY, "binary text (contains NUL characters)");
        }
        if (!text.isBlank() && (HtmlText.isHtmlName(name) || HtmlText.looksLikeHtml(text))) {
            text = HtmlText.toText(text);
            if (text.isBlank()) {
                throw new InputError(InputError.Kind.NO_TEXT, "no text in the HTML page");
            }
        }
        return new Document(name, text);
    }

    private static byte[] readAll(InputStream s) throws IOException {
        return s.readAllBytes();
    }

    String decode(byte[] b) throws InputError {
        return decode(b, new String[1], null);
    }

    /**
     * The text of {@code b}; {@code warning[0]} receives the lenient mode's warning, if any;
     * {@code declared} is the charset an HTML page declares (tried after strict UTF-8), or null.
     */
    String decode(byte[] b, String[] warning, Charset declared) throws InputError {
        if (b.length == 0) {
            return "";
        }
        String text;
        if (forced != null) {
            try {
                text = decodeWith(b, 0, forced, warning);
            } catch (InputError e) {
                throw new InputError(InputError.Kind.UNDECODABLE, "not valid " + forced.name() + " text (the --encoding given; --lenient replaces bad bytes)");
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // a byte-order mark is never text, whoever names the charset
            }
        } else if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            text = decodeWith(b, 3, StandardCharsets.UTF_8, warning);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            text = decodeWith(b, 2, StandardCharsets.UTF_16LE, warning);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            text = decodeWith(b, 2, StandardCharsets.UTF_16BE, warning);
        } else {
            text = detect(b, warning, declared);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputError(InputError.Kind.BINARY, "binary file (contains NUL characters)");
        }
        return text;
    }

    /** Strict UTF-8, then the declared charset, then the detected one, then GB18030; NUL bytes mean a binary file. */
    private String detect(byte[] b, String[] warning, Charset declared) throws InputError {
        for (byte x : b) {
            if (x == 0) {
                throw new InputError(InputError.Kind.BINARY, "binary file (contains NUL bytes)");
            }
        }
        try {
            return strict(b, 0, StandardCharsets.UTF_8);
        } catch (InputError notUtf8) {
            // detect below
        }
        if (declared != null) {
            try {
                return strict(b, 0, declared);
            } catch (InputError wrongDeclaration) {
                // pages lie about their charset: detect below
            }
        }
        String name = detectedCharset(b);
        if (name != null && CHINESE_OR_UNICODE.matcher(name).find()) {
            try {
                Charset cs = Charset.forName(name.equals("GB2312") || name.equals("GBK") ? "GB18030" : name);
                return strict(b, 0, cs);
            } catch (InputError | IllegalArgumentException wrongGuess) {
                // fall back
            }
        }
        long badUtf8 = new String(b, StandardCharsets.UTF_8).chars().filter(c -> c == '\uFFFD').count();
        if (!lenient && badUtf8 * 100 <= b.length) {
            // mostly UTF-8 (a cut download, a stray byte): not GB18030 mojibake, and --encoding UTF-8 would fail the same way
            throw new InputError(InputError.Kind.UNDECODABLE, "cannot decode: UTF-8 but for " + badUtf8 + " bad byte sequence" + (badUtf8 == 1 ? "" : "s")
                    + " (--lenient replaces them)");
        }
        if (lenient) {
            // mostly UTF-8 with a few bad bytes, or mostly GB18030: whichever loses less
            String utf8 = new String(b, StandardCharsets.UTF_8);
            String gb = new String(b, Charset.forName("GB18030"));
            long u = utf8.chars().filter(c -> c == '\uFFFD').count();
            long g = gb.chars().filter(c -> c == '\uFFFD').count();
            warning[0] = Math.min(u, g) + " undecodable byte sequence" + (Math.min(u, g) == 1 ? "" : "s") + " replaced ("
                    + (u <= g ? "UTF-8" : "GB18030") + ")";
            return u <= g ? utf8 : gb;
        }
        try {
            return strict(b, 0, Charset.forName("GB18030"));
        } catch (InputError e) {
            boolean triedDetected = name != null && CHINESE_OR_UNICODE.matcher(name).find();
            String hint = name != null && !triedDetected ? "it looks like " + name + ": try --encoding " + name : "try --encoding NAME";
            throw new InputError(InputError.Kind.UNDECODABLE, "cannot decode: not UTF-8" + (declared == null ? "" : ", not " + declared.name() + " (declared)")
                    + (triedDetected ? ", not " + name : "") + ", not GB18030 (" + hint + ", or --lenient to replace bad bytes)");
        }
    }

    private static String detectedCharset(byte[] b) {
        org.mozilla.universalchardet.UniversalDetector d = new org.mozilla.universalchardet.UniversalDetector();
        d.handleData(b, 0, b.length);
        d.dataEnd();
        return d.getDetectedCharset();
    }

    private String decodeWith(byte[] b, int offset, Charset cs, String[] warning) throws InputError {
        try {
            return strict(b, offset, cs);
        } catch (InputError e) {
            if (!lenient) {
                throw e;
            }
            String text = new String(b, offset, b.length - offset, cs);
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            warning[0] = replaced + " undecodable byte sequence" + (replaced == 1 ? "" : "s") + " replaced (" + cs.name() + ")";
            return text;
        }
    }

    private static String strict(byte[] b, int offset, Charset cs) throws InputError {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(InputError.Kind.UNDECODABLE, "not valid " + cs.name() + " text (try --encoding NAME, or --lenient to replace bad bytes)");
        }
    }
}
