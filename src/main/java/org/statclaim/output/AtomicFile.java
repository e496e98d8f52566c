package org.statclaim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written to a temporary file beside it and renamed over the target only when
 * complete: an interrupted or failed run leaves any existing file untouched.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private volatile boolean committed;
    private final Thread cleanup;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        this.temp = createTemp(dir, this.target.getFileName().toString());
        this.out = Files.newOutputStream(temp);
        // Ctrl-C: the target stays as it was and the temporary file goes
        this.cleanup = new Thread(() -> {
            if (!committed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more to do while the JVM exits
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * A new file beside the target, created like any new file (the umask's permissions, not the
     * owner-only ones of {@link Files#createTempFile}): the output is readable as a plain
     * redirect's would be.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve("." + name + "." + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    public OutputStream stream() {
        return out;
    }

    /** Makes the written content the target's. */
    public void commit() throws IOException {
        out.close();
        if (Files.exists(target)) { // an existing file keeps its permissions
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException notPosix) {
                // the file system's defaults
            }
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without a commit, the temporary file is removed and the target stays as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(temp);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
