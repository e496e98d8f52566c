package org.statclaim.input;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

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

    /** As {@link #expand(List, String, boolean)}, hidden files and folders left out. */
    public static List<Input> expand(List<String> args, String glob) {
        return expand(args, glob, false);
    }

    /**
     * The inputs of {@code args}: a directory (or a symbolic link to one) is searched recursively
     * for files matching {@code glob}, leaving out, unless {@code hidden}, the files and folders
     * whose name starts with a dot (as rg and fd do); links inside it are not followed.
     */
    public static List<Input> expand(List<String> args, String glob, boolean hidden) {
        return expand(args, List.of(), glob, hidden);
    }

    /**
     * As {@link #expand(List, String, boolean)}, followed by the inputs of {@code listed}: paths
     * read from a list ({@code --files-from}), in which {@code -} is a file of that name, not stdin.
     */
    public static List<Input> expand(List<String> args, List<String> listed, String glob, boolean hidden) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input("-", null, null));
                continue;
            }
            expandPath(a, matcher, glob, hidden, out);
        }
        for (String a : listed) {
            expandPath(a, matcher, glob, hidden, out);
        }
        return out;
    }

    /** The inputs of one path: a file, a directory's matching files, or a problem. */
    private static void expandPath(String a, PathMatcher matcher, String glob, boolean hidden, List<Input> out) {
        Path p;
        try {
            p = Path.of(a);
        } catch (java.nio.file.InvalidPathException e) {
            out.add(new Input(a, Path.of(""), "not a valid path: " + e.getReason()));
            return;
        }
        if (!Files.exists(p)) {
            out.add(new Input(a, p, "no such file or directory"));
        } else if (Files.isDirectory(p)) {
            List<Path> files = new ArrayList<>();
            try {
                Path root = p.toRealPath(); // a link to a directory is that directory
                for (Path f : walk(root, hidden)) {
                    if (matches(matcher, f.getFileName())) {
                        files.add(p.resolve(root.relativize(f)));
                    }
                }
                files.sort(null);
            } catch (IOException | java.io.UncheckedIOException e) {
                out.add(new Input(a, p, "cannot list directory: " + e.getMessage()));
                return;
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

    /** The regular files under {@code root}, hidden ones and those in hidden folders left out unless {@code hidden}. */
    private static List<Path> walk(Path root, boolean hidden) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                return !dir.equals(root) && !hidden && isHidden(dir) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                        : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file); // a link to a file is read
                if (regular && (hidden || !isHidden(file))) {
                    files.add(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        return files;
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
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
