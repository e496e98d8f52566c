package org.statclaim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The input files, listed on the driver as the CLI lists them (org.statclaim.input.Inputs): a
 * file as given; a directory recursively, file names matching {@code --glob}, sorted; a glob as
 * the shell would expand it for the CLI. Any Hadoop file system.
 *
 * <p>Each file is named as the CLI names it (the {@code doc} column): the input as the user
 * wrote it, plus for a directory the path below it ({@code samples/} + {@code 001.txt} →
 * {@code samples/001.txt}); a glob counts as the directory before its first wildcard
 * ({@code samples/*.txt} → {@code samples/001.txt}).
 *
 * <p>Why not Spark's own file sources: {@code binaryFiles} packs small files into splits of up
 * to 128 MB of real bytes (a corpus of 20 MB is one task on one core) and serializes the Hadoop
 * configuration into every record; the {@code binaryFile} data source skips empty files and
 * names starting with {@code _} or {@code .}, where the CLI reports the first and reads the others.
 */
final class FileListing {

    /**
     * One file: its {@code doc} name and its qualified URI; or an input that cannot be read, with
     * the CLI's reason, which becomes a row of the errors output as it is a failure in the CLI.
     */
    record Entry(String doc, String uri, String problem) {
        Entry(String doc, String uri) {
            this(doc, uri, null);
        }
    }

    private FileListing() {
    }

    static List<Entry> list(List<String> inputs, String glob, Configuration conf) {
        PathMatcher names = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<Entry> out = new ArrayList<>();
        try {
            for (String in : inputs) {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                int wildcard = firstGlob(in);
                if (wildcard < 0) {
                    if (!fs.exists(p)) {
                        out.add(new Entry(in, null, "no such file or directory"));
                        continue;
                    }
                    FileStatus st = fs.getFileStatus(p);
                    if (st.isFile()) {
                        out.add(new Entry(in, st.getPath().toString()));
                    } else if (walk(fs, st.getPath(), in.endsWith("/") ? in : in + "/", names, out) == 0) {
                        out.add(new Entry(in, null, "directory has no files matching " + glob));
                    }
                    continue;
                }
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    out.add(new Entry(in, null, "no such file or directory")); // what the CLI gets from an unmatched shell glob
                    continue;
                }
                int slash = in.lastIndexOf('/', wildcard);
                String shownBase = slash < 0 ? "" : in.substring(0, slash + 1);
                String base = qualified(fs, slash < 0 ? "." : slash == 0 ? "/" : in.substring(0, slash));
                for (FileStatus m : sorted(matches)) {
                    String shown = shownBase + relative(base, m.getPath().toString());
                    if (m.isFile()) {
                        out.add(new Entry(shown, m.getPath().toString()));
                    } else {
                        walk(fs, m.getPath(), shown + "/", names, out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Adds the files below {@code dir} whose names match; returns how many. */
    private static int walk(FileSystem fs, Path dir, String shown, PathMatcher names, List<Entry> out) throws IOException {
        String base = dir.toString();
        List<FileStatus> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.isFile() && (names.matches(java.nio.file.Path.of(f.getPath().getName()))
                    || names.matches(java.nio.file.Path.of(f.getPath().getName().toLowerCase(java.util.Locale.ROOT))))) {
                files.add(f);
            }
        }
        for (FileStatus f : sorted(files.toArray(new FileStatus[0]))) {
            out.add(new Entry(shown + relative(base, f.getPath().toString()), f.getPath().toString()));
        }
        return files.size();
    }

    private static FileStatus[] sorted(FileStatus[] files) {
        java.util.Arrays.sort(files, java.util.Comparator.comparing(f -> f.getPath().toString()));
        return files;
    }

    private static String relative(String base, String path) {
        String b = base.endsWith("/") ? base : base + "/";
        return path.startsWith(b) ? path.substring(b.length()) : path;
    }

    private static String qualified(FileSystem fs, String path) {
        return fs.makeQualified(new Path(path)).toString();
    }

    /** Index of the first Hadoop glob character, or -1. */
    static int firstGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            if ("*?[{".indexOf(path.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
