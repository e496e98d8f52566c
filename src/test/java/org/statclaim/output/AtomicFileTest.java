package org.statclaim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output file: replaced only when complete, with the permissions a user expects. */
class AtomicFileTest {

    private static void write(Path target, String content, boolean commit) throws IOException {
        try (AtomicFile f = new AtomicFile(target)) {
            f.stream().write(content.getBytes(StandardCharsets.UTF_8));
            if (commit) {
                f.commit();
            }
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aNewFileHasThePermissionsOfAnyNewFile(@TempDir Path dir) throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.csv")); // what a shell redirect would create
        Path out = dir.resolve("claims.csv");
        write(out, "a,b\n", true);
        assertEquals("a,b\n", Files.readString(out));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void anExistingFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("claims.csv"), "old\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        write(out, "new\n", true);
        assertEquals("new\n", Files.readString(out));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void withoutACommitNothingChangesAndNoTemporaryFileStays(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("claims.csv"), "old\n");
        write(out, "half of the new", false);
        assertEquals("old\n", Files.readString(out));
        assertEquals(List.of(out), files(dir));
    }
}
