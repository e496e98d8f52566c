package org.statclaim.server;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonException;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import org.statclaim.input.Document;
import org.statclaim.input.DocumentReader;
import org.statclaim.input.InputError;

/**
 * A batch of documents in one request: a JSON array of {@code {"id": ..., "text": ...}} objects,
 * or JSON Lines, one such object a line. {@code id} (a string or an integer) is the {@code doc}
 * column of the document's rows; {@code text} is its text (a page if it looks like one, or if the
 * id ends in {@code .html}). The body is UTF-8, as JSON is.
 *
 * <pre>
 * [{"id": "a", "text": "..."}, {"id": "b", "text": "..."}]
 * </pre>
 */
final class BatchBody {

    private BatchBody() {
    }

    /** The documents of a batch body; malformed JSON, a bad item or no item at all is a 400. */
    static List<Document> parse(byte[] body) throws HttpError {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new HttpError(415, "a JSON batch must be UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String trimmed = text.strip();
        List<JsonValue> items = new ArrayList<>();
        if (trimmed.startsWith("[")) {
            try (JsonReader r = Json.createReader(new StringReader(trimmed))) {
                JsonArray array = r.readArray();
                items.addAll(array);
            } catch (JsonException | IllegalStateException e) {
                throw new HttpError(400, "malformed JSON: " + e.getMessage());
            }
        } else if (trimmed.startsWith("{")) {
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try (JsonReader r = Json.createReader(new StringReader(lines[i]))) {
                    items.add(r.readObject());
                } catch (JsonException | IllegalStateException e) {
                    throw new HttpError(400, "malformed JSON Lines, line " + (i + 1) + ": " + e.getMessage());
                }
            }
        } else {
            throw new HttpError(400, "a batch is a JSON array of {\"id\", \"text\"} objects, or JSON Lines of them");
        }
        if (items.isEmpty()) {
            throw new HttpError(400, "the batch holds no document");
        }
        List<Document> docs = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            docs.add(item(i + 1, items.get(i)));
        }
        return docs;
    }

    private static Document item(int n, JsonValue v) throws HttpError {
        if (!(v instanceof JsonObject o)) {
            throw new HttpError(400, "item " + n + ": not an object with \"id\" and \"text\"");
        }
        JsonValue id = o.get("id");
        String name;
        if (id instanceof JsonString s) {
            name = s.getString();
        } else if (id instanceof JsonNumber num && num.isIntegral()) {
            name = num.bigIntegerValue().toString();
        } else {
            throw new HttpError(400, "item " + n + ": \"id\" must be a string or an integer");
        }
        if (name.isEmpty()) {
            throw new HttpError(400, "item " + n + ": \"id\" is empty");
        }
        if (!(o.get("text") instanceof JsonString t)) {
            throw new HttpError(400, "item " + n + " (" + name + "): \"text\" must be a string", name);
        }
        try {
            return DocumentReader.fromText(name, t.getString());
        } catch (InputError e) {
            throw new HttpError(ClaimServer.status(e), "item " + n + " (" + name + "): " + e.getMessage(), name);
        }
    }
}
