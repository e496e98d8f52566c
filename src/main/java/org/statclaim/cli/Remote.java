package org.statclaim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.statclaim.input.Inputs;
import org.statclaim.pipeline.Outcome;
import org.statclaim.server.RemoteClaims;

/** {@code statclaim --server URL PATH...}: the batch's step sends each input to the server ({@link RemoteClaims}). */
final class Remote {

    /** The step of a server that cannot be used (the reason is on stderr already). */
    static final Function<Inputs.Input, List<Outcome>> UNUSABLE = in -> List.of();

    private Remote() {
    }

    /** The step that asks {@code url} (null or blank: none, extract here), or {@link #UNUSABLE}. */
    static Function<Inputs.Input, List<Outcome>> step(String url, ExtractionOptions extraction, InputOptions in, boolean lines,
                                                      PrintWriter err) {
        if (url == null || url.isBlank()) {
            return null;
        }
        RemoteClaims client;
        try {
            client = new RemoteClaims(url.strip(), extraction.options(), in.encoding(), in.lenient(), lines);
        } catch (IllegalArgumentException e) {
            err.println("statclaim: --server " + url + ": not a URL (" + e.getMessage() + ")");
            return UNUSABLE;
        }
        String problem = client.awaitReady(Duration.ofMinutes(5));
        if (problem != null) {
            err.println("statclaim: server " + problem);
            return UNUSABLE;
        }
        String theirs = client.serverVersion();
        if (theirs != null && !theirs.equals(Version.statclaim())) {
            err.println("statclaim: warning: the server runs statclaim " + theirs + ", this is " + Version.statclaim() + ": rows may differ");
        }
        return client::process;
    }
}
