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
 * Reads and decodes an input: a byte-order mark decides (UTF-8, UTF-16LE/BE), else strict
 * UTF-8, else the {@code --encoding} given. Bytes that do not decode are an error naming
 * the file, never silently replaced. A BOM is not part of the text, so offsets start after it.
 */
public final class DocumentReader {

    private final Charset forced;

    /** @param forced the charset from --encoding, or null to detect */
    public DocumentReader(Charset forced) {
        this.forced = forced;
    }

    public Document read(Inputs.Input in) throws InputError {
        byte[] bytes;
        try {
            bytes = in.isStdin() ? readAll(System.in) : Files.readAllBytes(in.path());
        } catch (NoSuchFileException e) {
            throw new InputError("no such file (it may have been removed during the run)");
        } catch (AccessDeniedException e) {
            throw new InputError("permission denied");
        } catch (IOException e) {
            throw new InputError("cannot read: " + e.getMessage());
        }
        return new Document(in.name(), decode(bytes));
    }

    private static byte[] readAll(InputStream s) throws IOException {
        return s.readAllBytes();
    }

    String decode(byte[] b) throws InputError {
        if (b.length == 0) {
            throw new InputError("empty file");
        }
        String text;
        if (forced != null) {
            text = strict(b, 0, forced);
        } else if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            text = strict(b, 3, StandardCharsets.UTF_8);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            text = strict(b, 2, StandardCharsets.UTF_16LE);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            text = strict(b, 2, StandardCharsets.UTF_16BE);
        } else {
            for (byte x : b) {
                if (x == 0) {
                    throw new InputError("binary file (contains NUL bytes)");
                }
            }
            text = strict(b, 0, StandardCharsets.UTF_8);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputError("binary file (contains NUL characters)");
        }
        if (text.isBlank()) {
            throw new InputError("no text (only white space)");
        }
        return text;
    }

    private static String strict(byte[] b, int offset, Charset cs) throws InputError {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError("not valid " + cs.name() + " text (try --encoding GB18030 or --encoding Big5)");
        }
    }
}
