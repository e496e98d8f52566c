package org.statclaim.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal. */
final class Progress {

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    /** Whether stderr is a terminal: the launcher tells (test -t 2), else /proc says. */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("statclaim.stderr.tty");
        if (told != null) {
            return told.equals("1");
        }
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    void step(String name) {
        done++;
        if (!enabled) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        String shown = name.length() > 40 ? "…" + name.substring(name.length() - 39) : name;
        err.print("\r\033[K[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + shown);
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
