package org.statclaim.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.statclaim.output.Destination;
import org.statclaim.output.JsonRows;

/**
 * {@code --summary-json FILE}: what a run did, as one JSON object on one line, for scripts that
 * must tell a clean run from a partial one without parsing stderr. Written atomically, as
 * {@code -o} is, once the run has ended (also when the output could not be written, or its reader
 * went away: {@code exit_code} says so). {@code claims} is null for {@code --dump-text}.
 *
 * <pre>
 * {"statclaim":"0.1.0","exit_code":1,"documents":5,"claims":56,"failed":1,
 *  "failures":[{"path":"x.txt","reason":"no such file or directory"}],
 *  "warnings":[],"output":"claims.csv","output_error":null,"seconds":14.2}
 * </pre>
 */
record RunSummary(int exitCode, Batch.Counts counts, boolean claims, List<Batch.Note> failures, List<Batch.Note> warnings,
                  String output, String outputError, double seconds) {

    /** The object, without a line break. */
    String json() {
        StringBuilder sb = new StringBuilder("{\"statclaim\":");
        JsonRows.quote(sb, Version.statclaim());
        sb.append(",\"exit_code\":").append(exitCode);
        sb.append(",\"documents\":").append(counts.documents());
        sb.append(",\"claims\":").append(claims ? Integer.toString(counts.claims()) : "null");
        sb.append(",\"failed\":").append(counts.failed());
        notes(sb.append(",\"failures\":"), failures, "reason");
        notes(sb.append(",\"warnings\":"), warnings, "warning");
        JsonRows.quote(sb.append(",\"output\":"), output);
        JsonRows.quote(sb.append(",\"output_error\":"), outputError);
        sb.append(",\"seconds\":").append(String.format(Locale.ROOT, "%.3f", seconds));
        return sb.append('}').toString();
    }

    private static void notes(StringBuilder sb, List<Batch.Note> notes, String key) {
        sb.append('[');
        for (int i = 0; i < notes.size(); i++) {
            JsonRows.quote(sb.append(i == 0 ? "{\"path\":" : ",{\"path\":"), notes.get(i).name());
            JsonRows.quote(sb.append(",\"").append(key).append("\":"), notes.get(i).text()).append('}');
        }
        sb.append(']');
    }

    /** Writes the object and a line break to {@code file} ({@code -}: {@code stdout}), atomically. */
    void write(Path file, Writer stdout) throws IOException {
        try (Destination d = Destination.open(file, stdout, false)) {
            d.writer().write(json() + "\n");
            d.finish(true);
        }
    }
}
