package org.statclaim.input;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's PATH arguments into inputs, in a stable order: files as given,
 * directories recursed (sorted by path) for files whose name, as it is or in lower case, matches
 * the glob ({@code *.{txt,html,htm}} takes {@code A.HTM} too), {@code -} for stdin.
 */
public final class Inputs {

    /** One input: its name as shown to the user, its path (null for stdin), or a problem found while listing. */
    public record Input(String name, Path path, String problem) {
        public boolean isStdin() {
            return path == null && problem == null;
        }
    }

    private Inputs() {
    }

    public static List<Input> expand(List<String> args, String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input("-", null, null));
                continue;
            }
            Path p = Path.of(a);
            if (!Files.exists(p)) {
                out.add(new Input(a, p, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> matches(matcher, f.getFileName())).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(new Input(a, p, "cannot list directory: " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    out.add(new Input(a, p, "directory has no files matching " + glob));
                }
                for (Path f : files) {
                    out.add(new Input(display(a, p, f), f, null));
                }
            } else {
                out.add(new Input(a, p, null));
            }
        }
        return out;
    }

    private static boolean matches(PathMatcher matcher, Path name) {
        return matcher.matches(name) || matcher.matches(Path.of(name.toString().toLowerCase(java.util.Locale.ROOT)));
    }

    /** samples/ + 001.txt -> samples/001.txt, keeping the user's spelling of the directory. */
    private static String display(String arg, Path dir, Path file) {
        String rel = dir.relativize(file).toString();
        return arg.endsWith("/") || arg.endsWith(java.io.File.separator) ? arg + rel : arg + "/" + rel;
    }
}
