package org.statclaim.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.PrintWriter;

/**
 * The one transient line on a terminal's stderr: "loading the models" until the first document is
 * done, then a progress bar redrawn in place (with more than one input). It never shares a line
 * with anything else: {@link #clear()} erases it before any data or message is written (stdout and
 * stderr may be the same terminal), it is cut to the terminal's width counting a CJK character as
 * two columns (a wrapped line could not be redrawn in place), and it is erased on exit and on
 * Ctrl-C. Silent when stderr is not a terminal, or with {@code -q}.
 */
final class Progress {

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final int columns;
    private final Thread eraseOnExit;
    private int done;
    private boolean drawn;

    /** A line on {@code err} for {@code total} inputs, drawn only if {@code enabled} (stderr is a terminal, no {@code -q}). */
    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.columns = enabled ? terminalColumns() : 80;
        this.eraseOnExit = enabled ? new Thread(this::clear, "statclaim-progress") : null;
        if (enabled) {
            Runtime.getRuntime().addShutdownHook(eraseOnExit); // Ctrl-C: no bar left on the shell's line
        }
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

    /** The terminal's width: {@code -Dstatclaim.columns}, {@code $COLUMNS}, {@code stty size}, else 80. */
    static int terminalColumns() {
        for (String s : new String[] {System.getProperty("statclaim.columns"), System.getenv("COLUMNS")}) {
            if (s != null && s.matches("\\d{1,4}") && Integer.parseInt(s) > 0) {
                return Integer.parseInt(s);
            }
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            if (p.waitFor() == 0 && size.matches("\\d+ \\d+")) {
                int c = Integer.parseInt(size.substring(size.indexOf(' ') + 1));
                if (c > 0) {
                    return c;
                }
            }
        } catch (java.io.IOException e) {
            // no stty, no /dev/tty: the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 80;
    }

    /** "loading the models" until the first document is done: they take 10 to 20 seconds. */
    synchronized void loading() {
        draw("statclaim: loading the Chinese models...");
    }

    /** Erases the line, if drawn, so that data or a message can follow on a clean line. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /** One more input done ({@code name}): the bar, with more than one input. */
    synchronized void step(String name) {
        done++;
        if (!enabled || total < 2) {
            clear();
            return;
        }
        int barWidth = Math.max(5, Math.min(30, columns / 4));
        int filled = done * barWidth / total;
        String head = "[" + "#".repeat(filled) + " ".repeat(barWidth - filled) + "] " + done + "/" + total + " ";
        draw(head + tail(printable(name), columns - 1 - head.length()));
    }

    /** The end: nothing left on the line. */
    synchronized void finish() {
        clear();
        if (eraseOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(eraseOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private void draw(String line) {
        if (!enabled) {
            return;
        }
        err.print("\r\033[K" + head(line, columns - 1));
        err.flush();
        drawn = true;
    }

    /** The columns {@code s} takes on a terminal: two for a wide (CJK) character, none for a combining mark. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** The start of {@code s} that fits in {@code cols} columns. */
    static String head(String s, int cols) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (w + width(cp) > cols) {
                break;
            }
            w += width(cp);
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** {@code s}, or "…" and as much of its end as fits in {@code cols} columns (a name's end tells most). */
    static String tail(String s, int cols) {
        if (width(s) <= cols) {
            return s;
        }
        if (cols < 2) {
            return "";
        }
        int w = 1; // the ellipsis
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            if (w + width(cp) > cols) {
                break;
            }
            w += width(cp);
            i -= Character.charCount(cp);
        }
        return "\u2026" + s.substring(i);
    }

    /** A file name may hold control characters: they would move the cursor. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return sb.toString();
    }
}
