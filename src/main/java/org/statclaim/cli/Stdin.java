package org.statclaim.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stdin holds a document when no PATH is given: a file, a pipe or a socket does
 * ({@code statclaim < a.txt}, {@code curl … | statclaim}); a terminal or a device such as
 * {@code /dev/null} (cron, CI, {@code ssh host statclaim}) does not, so a forgotten PATH is still
 * a usage error rather than a silent empty run. This is ripgrep's rule. Where {@code /dev/fd/0}
 * cannot be examined, stdin is not read unless named as {@code -}.
 */
final class Stdin {

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFSOCK = 0140000;

    private Stdin() {
    }

    /** True when this process's stdin is a regular file, a pipe or a socket. */
    static boolean holdsData() {
        try {
            int type = (Integer) Files.getAttribute(Path.of("/dev/fd/0"), "unix:mode") & S_IFMT;
            return type == S_IFIFO || type == S_IFREG || type == S_IFSOCK;
        } catch (Exception e) { // not a Unix-like platform, or no /dev/fd
            return false;
        }
    }
}
