package org.statclaim.server;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.statclaim.claim.Extractor;

/**
 * The query options of {@code POST /claims}, mirroring the command line's:
 * {@code format=csv|jsonl|json}, {@code doc=NAME} (the {@code doc} column; a name ending in
 * {@code .html} means a page, as on the command line), {@code all_quantities}, {@code currency=CODE},
 * {@code encoding=NAME}, {@code lenient}, {@code lines}, {@code excel_safe}, and
 * {@code timeout=SECONDS} (a shorter time limit than the server's). A flag is true when given
 * without a value or as {@code true}/{@code 1}, false as {@code false}/{@code 0}; {@code -} may
 * stand for {@code _} ({@code all-quantities}). An unknown option, a bad value or an option given
 * twice is a 400.
 *
 * <pre>
 * POST /claims?format=jsonl&amp;doc=news/a.html&amp;currency=HKD
 * </pre>
 */
record RequestOptions(Format format, String doc, Extractor.Options extraction, Charset encoding, boolean lenient, boolean lines,
                      boolean excelSafe, Duration timeout) {

    /** The response formats: the CLI's two, and one JSON document. */
    enum Format {
        CSV("text/csv; charset=utf-8"), JSONL("application/x-ndjson; charset=utf-8"), JSON("application/json; charset=utf-8");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    static final Set<String> NAMES = Set.of("format", "doc", "all_quantities", "currency", "encoding", "lenient", "lines",
            "excel_safe", "timeout");

    /** The options of a raw query string (null: none). */
    static RequestOptions parse(String rawQuery) throws HttpError {
        Map<String, String> q = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name;
                String value;
                try {
                    name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    value = eq < 0 ? null : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new HttpError(400, "malformed query: " + e.getMessage());
                }
                name = name.replace('-', '_');
                if (!NAMES.contains(name)) {
                    throw new HttpError(400, "unknown option '" + name + "' (known: " + String.join(", ", NAMES.stream().sorted().toList()) + ")");
                }
                if (q.containsKey(name)) {
                    throw new HttpError(400, "option '" + name + "' given twice");
                }
                q.put(name, value);
            }
        }
        Format format = Format.CSV;
        String f = q.get("format");
        if (f != null) {
            try {
                format = Format.valueOf(f.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "format must be csv, jsonl or json, not '" + f + "'");
            }
        }
        String doc = q.containsKey("doc") ? q.get("doc") : "-";
        if (doc == null || doc.isEmpty()) {
            throw new HttpError(400, "doc must name the document");
        }
        String currency = q.get("currency") == null ? null : q.get("currency").toUpperCase(Locale.ROOT); // any case, as on the command line
        if (q.containsKey("currency") && (currency == null || !currency.matches("[A-Z]{3}"))) {
            throw new HttpError(400, "currency must be an ISO 4217 code such as CNY, HKD, TWD, not '" + q.get("currency") + "'");
        }
        Charset encoding = null;
        if (q.containsKey("encoding")) {
            encoding = charset(q.get("encoding"));
        }
        Duration timeout = null;
        if (q.containsKey("timeout")) {
            String t = q.get("timeout");
            try {
                double s = Double.parseDouble(t == null ? "" : t);
                if (!(s > 0) || s > 1e6) {
                    throw new NumberFormatException();
                }
                timeout = Duration.ofNanos((long) (s * 1e9));
            } catch (NumberFormatException e) {
                throw new HttpError(400, "timeout must be a positive number of seconds, not '" + t + "'");
            }
        }
        return new RequestOptions(format, doc, new Extractor.Options(flag(q, "all_quantities"), currency), encoding,
                flag(q, "lenient"), flag(q, "lines"), flag(q, "excel_safe"), timeout);
    }

    /** A charset named in a query or a Content-Type; unknown is a 415. */
    static Charset charset(String name) throws HttpError {
        try {
            return Charset.forName(name == null ? "" : name.trim());
        } catch (IllegalArgumentException e) {
            throw new HttpError(415, "unknown charset '" + name + "'");
        }
    }

    private static boolean flag(Map<String, String> q, String name) throws HttpError {
        if (!q.containsKey(name)) {
            return false;
        }
        String v = q.get(name);
        if (v == null || v.isEmpty() || v.equals("true") || v.equals("1")) {
            return true;
        }
        if (v.equals("false") || v.equals("0")) {
            return false;
        }
        throw new HttpError(400, name + " must be true or false, not '" + v + "'");
    }
}
