package org.statclaim.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The fast segmenter's tables, compiled at build time from CoreNLP's segmenter model so that a
 * run reads them as arrays of numbers (a tenth to a third of a second) instead of deserializing the CRF
 * (about four seconds) and scanning its 3.3 M feature strings (about two).
 *
 * <p>{@code ./mvnw package} runs {@link #main} in the process-classes phase: it loads the CRF
 * as the pipeline's segmenter annotator does, makes the tables with
 * {@link FastSegmenter#fromModel} and writes into the classes folder (so into statclaim.jar)
 * <ul>
 *   <li>{@link #TABLES}: a key (what the tables were made from: the model, the dictionary and
 *       the affix lists with their sizes and CRC-32s, the segmenter's properties, the class
 *       files of the CoreNLP code that reads them, the n-gram templates), then the model's flags (Java serialization of that one
 *       small object), the label columns, the feature id tables (ids are the CRF's own), the
 *       weights, the dictionary's words and the per-character shape and affix tables;</li>
 *   <li>{@link #SHELL}: a "shell" of the CRF written by CoreNLP's own serializeClassifier with
 *       the same flags, labels and feature factory but no features or weights: the tokenizer's
 *       segmenter annotator loads it in a few milliseconds, and its segmentString is never
 *       called: {@link SegmenterSwap} puts the fast segmenter in its place before any text
 *       is segmented (if that cannot be done, {@link ChineseNlp} loads the real model).</li>
 * </ul>
 * At run time {@link #find} compares the stored key with the one of the model the pipeline is
 * asked for (the CRC-32s come from the models jar's directory: nothing large is read); a
 * missing or stale compiled model means today's slower path (the real CRF, tables built in the
 * background), never other words. CoreNLP's own segmenter is then loaded only if a string
 * needs it (see {@link FastSegmenter}'s fallbacks).
 */
public final class CompiledSegmenter {

    static final String TABLES = "org/statclaim/nlp/segmenter.tables";
    static final String SHELL = "org/statclaim/nlp/segmenter-shell.ser.gz";
    /** The model the build compiles. */
    static final String COMPILED_MODEL = ChineseNlp.DEFAULT_SEGMENTER;
    private static final String MAGIC = "statclaim segmenter tables";
    private static final int FORMAT = 1;
    private static final String[] CORENLP_CLASSES = {
        "ie/crf/CRFClassifier", "sequences/SeqClassifierFlags", "wordseg/Sighan2005DocumentReaderAndWriter",
        "wordseg/ChineseDictionary", "wordseg/TagAffixDetector", "wordseg/CorpusChar", "wordseg/AffixDictionary",
        "process/ChineseDocumentToSentenceProcessor"
    };
    private static final String[] OWN_CLASSES = {
        "FastSegmenter", "FastSegmenter$Tables", "NgramIds", "NgramIds$Template", "FeatureIds", "CompiledSegmenter",
        "CompiledSegmenter$Source"
    };

    private CompiledSegmenter() {
    }

    /**
     * What tables made for {@code model} loaded with {@code modelProps} (the segmenter
     * annotator's properties, without "segment.") depend on, one line each.
     */
    static String key(String model, Properties modelProps) {
        StringBuilder k = new StringBuilder();
        k.append("format ").append(FORMAT).append('\n');
        k.append("model ").append(model).append(' ').append(fingerprint(model)).append('\n');
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String name : modelProps.stringPropertyNames()) {
            sorted.put(name, modelProps.getProperty(name));
        }
        sorted.forEach((name, value) -> k.append("property ").append(name).append('=').append(value).append('\n'));
        String dictionary = modelProps.getProperty("serDictionary");
        if (dictionary != null) {
            k.append("dictionary ").append(fingerprint(dictionary)).append('\n');
        }
        String corpora = modelProps.getProperty("sighanCorporaDict", "");
        if (!corpora.isEmpty() && !corpora.endsWith("/")) {
            corpora += "/";
        }
        // the affix lists CoreNLP's TagAffixDetector reads for a CTB model (useCTBChar2)
        k.append("affixes ").append(fingerprint(corpora + "dict/character_list")).append(' ')
                .append(fingerprint(corpora + "dict/in.ctb")).append('\n');
        // the CoreNLP code that reads the model and makes what the tables hold (by class file,
        // so that the key holds in a jar that bundles CoreNLP too)
        for (String c : CORENLP_CLASSES) {
            k.append("class ").append(c).append(' ').append(fingerprint("edu/stanford/nlp/" + c + ".class")).append('\n');
        }
        // and this code's own classes: tables from an older build of them are not read
        for (String c : OWN_CLASSES) {
            k.append("class ").append(c).append(' ').append(fingerprint("org/statclaim/nlp/" + c + ".class")).append('\n');
        }
        for (NgramIds.Template t : FastSegmenter.TEMPLATES) {
            k.append("template ").append(t).append('\n');
        }
        return k.toString();
    }

    /**
     * Size and CRC-32 of a resource as CoreNLP finds it (the class path first, then the file
     * system): for an entry of a jar, as the jar's directory records them (nothing is read).
     */
    static String fingerprint(String path) {
        try {
            URL url = CompiledSegmenter.class.getClassLoader().getResource(path);
            if (url != null) {
                URLConnection c = url.openConnection();
                if (c instanceof JarURLConnection j) {
                    var entry = j.getJarEntry();
                    if (entry.getCrc() >= 0 && entry.getSize() >= 0) {
                        return entry.getSize() + ":" + Long.toHexString(entry.getCrc());
                    }
                }
                try (InputStream in = c.getInputStream()) {
                    return crc(in);
                }
            }
            Path p = Path.of(path);
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    return crc(in);
                }
            }
            return "missing";
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    private static String crc(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        long size = 0;
        for (int n; (n = in.read(buf)) > 0;) {
            crc.update(buf, 0, n);
            size += n;
        }
        return size + ":" + Long.toHexString(crc.getValue());
    }

    /**
     * The compiled tables for {@code model} loaded with {@code modelProps}, or null (with the
     * reason on {@code why[0]}) when there are none or they were made from something else.
     */
    static CompiledSegmenter.Source find(String model, Properties modelProps, String[] why) {
        ClassLoader loader = CompiledSegmenter.class.getClassLoader();
        if (loader.getResource(TABLES) == null || loader.getResource(SHELL) == null) {
            why[0] = "no compiled segmenter model in the class path";
            return null;
        }
        if (!COMPILED_MODEL.equals(model)) {
            why[0] = "the compiled segmenter model is for " + COMPILED_MODEL + ", not " + model;
            return null;
        }
        String expected = key(model, modelProps);
        String stored;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(loader.getResourceAsStream(TABLES), 1 << 12))) {
            stored = header(in);
        } catch (IOException e) {
            why[0] = "the compiled segmenter model cannot be read: " + e.getMessage();
            return null;
        }
        if (!expected.equals(stored)) {
            why[0] = "the compiled segmenter model was made from another model or CoreNLP (" + firstDifference(stored, expected) + ")";
            return null;
        }
        return new Source(expected);
    }

    private static String firstDifference(String stored, String expected) {
        if (stored == null) {
            return "not a compiled model";
        }
        String[] a = stored.split("\n");
        String[] b = expected.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "made from: " + a[i] + "; now: " + b[i];
            }
        }
        return "lines " + a.length + " against " + b.length;
    }

    /** The stored key, or null for another file. */
    private static String header(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            return null;
        }
        byte[] key = new byte[in.readInt()];
        in.readFully(key);
        return new String(key, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Compiled tables whose key matched. */
    static final class Source {
        private final String key;

        private Source(String key) {
            this.key = key;
        }

        /**
         * Reads the tables.
         *
         * @param coreNlp CoreNLP's own segmenter for the fallbacks (asked for only when a string needs it)
         */
        FastSegmenter read(Supplier<CRFClassifier<CoreLabel>> coreNlp) throws IOException {
            InputStream raw = CompiledSegmenter.class.getClassLoader().getResourceAsStream(TABLES);
            if (raw == null) {
                throw new IOException(TABLES + " is not in the class path");
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
                if (!key.equals(header(in))) {
                    throw new IOException(TABLES + " changed while it was read");
                }
                return readTables(in, coreNlp);
            }
        }
    }

    // ---- the file: header (magic, format, key), then the tables in the order written below

    static void write(FastSegmenter f, String key, OutputStream out) throws IOException {
        DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        o.writeUTF(MAGIC);
        o.writeInt(FORMAT);
        byte[] k = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        o.writeInt(k.length);
        o.write(k);
        ByteArrayOutputStream flags = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(flags)) {
            oos.writeObject(f.flags);
        }
        o.writeInt(flags.size());
        flags.writeTo(o);
        o.writeUTF(f.className[0]);
        o.writeUTF(f.className[1]);
        ints(o, f.kC);
        ints(o, new int[] {f.kCpC[0][0], f.kCpC[0][1], f.kCpC[1][0], f.kCpC[1][1]});
        o.writeInt(f.background);
        o.writeInt(f.grams.keys());
        o.writeInt(f.grams.shared());
        longs(o, f.grams.slots());
        featureIds(o, f.ids);
        floats(o, f.weights);
        featureIds(o, f.words);
        chars(o, f.shapes);
        shorts(o, f.affixes);
        o.writeShort(f.padAffix);
        o.writeUTF(MAGIC); // the end: a cut file is refused
        o.flush();
    }

    private static FastSegmenter readTables(DataInputStream in, Supplier<CRFClassifier<CoreLabel>> coreNlp) throws IOException {
        byte[] flagBytes = new byte[in.readInt()];
        in.readFully(flagBytes);
        SeqClassifierFlags flags;
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(flagBytes))) {
            flags = (SeqClassifierFlags) ois.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("the compiled model's flags: " + e, e);
        }
        String[] className = {in.readUTF(), in.readUTF()};
        int[] kC = ints(in);
        int[] k4 = ints(in);
        int background = in.readInt();
        int keys = in.readInt();
        int shared = in.readInt();
        NgramIds grams = new NgramIds(FastSegmenter.TEMPLATES, longs(in), keys, shared);
        FeatureIds ids = featureIds(in);
        float[] weights = floats(in);
        FeatureIds words = featureIds(in);
        char[] shapes = chars(in);
        short[] affixes = shorts(in);
        short padAffix = in.readShort();
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("the compiled segmenter model is cut short");
        }
        if (kC.length != 2 || k4.length != 4) {
            throw new IOException("the compiled segmenter model's label columns are not two and four");
        }
        int[][] kCpC = {{k4[0], k4[1]}, {k4[2], k4[3]}};
        return new FastSegmenter(coreNlp, flags, grams, ids, weights, kC, kCpC, background, className, words, shapes, affixes, padAffix);
    }

    private static void featureIds(DataOutputStream o, FeatureIds f) throws IOException {
        chars(o, f.pool());
        ints(o, f.poolAt());
        ints(o, f.idOf());
        ints(o, f.slots());
    }

    private static FeatureIds featureIds(DataInputStream in) throws IOException {
        char[] pool = chars(in);
        int[] poolAt = ints(in);
        int[] idOf = ints(in);
        int[] slots = ints(in);
        return new FeatureIds(pool, poolAt, idOf, slots);
    }

    // arrays: a length, then the values big-endian, moved through a buffer in blocks

    private static final int BLOCK = 1 << 20;

    /** Copies values [from, from + n) of an array into, or out of, a buffer over their bytes. */
    private interface Slice {
        void copy(ByteBuffer bytes, int from, int n);
    }

    /** Writes the length, then {@code length} values of {@code width} bytes, a block at a time. */
    private static void write(DataOutputStream o, int length, int width, Slice put) throws IOException {
        o.writeInt(length);
        ByteBuffer b = ByteBuffer.allocate(BLOCK);
        for (int i = 0; i < length;) {
            int n = Math.min(length - i, BLOCK / width);
            b.clear();
            put.copy(b, i, n);
            o.write(b.array(), 0, width * n);
            i += n;
        }
    }

    private static void longs(DataOutputStream o, long[] a) throws IOException {
        write(o, a.length, 8, (b, i, n) -> b.asLongBuffer().put(a, i, n));
    }

    private static void ints(DataOutputStream o, int[] a) throws IOException {
        write(o, a.length, 4, (b, i, n) -> b.asIntBuffer().put(a, i, n));
    }

    private static void floats(DataOutputStream o, float[] a) throws IOException {
        write(o, a.length, 4, (b, i, n) -> b.asFloatBuffer().put(a, i, n));
    }

    private static void chars(DataOutputStream o, char[] a) throws IOException {
        write(o, a.length, 2, (b, i, n) -> b.asCharBuffer().put(a, i, n));
    }

    private static void shorts(DataOutputStream o, short[] a) throws IOException {
        write(o, a.length, 2, (b, i, n) -> b.asShortBuffer().put(a, i, n));
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 28) {
            throw new IOException("the compiled segmenter model is damaged (an array of " + n + ")");
        }
        return n;
    }

    /** Reads {@code length} values of {@code width} bytes (their length already read), a block at a time. */
    private static void read(DataInputStream in, int length, int width, Slice get) throws IOException {
        byte[] buf = new byte[BLOCK];
        for (int i = 0; i < length;) {
            int n = Math.min(length - i, BLOCK / width);
            in.readFully(buf, 0, width * n);
            get.copy(ByteBuffer.wrap(buf, 0, width * n), i, n);
            i += n;
        }
    }

    private static long[] longs(DataInputStream in) throws IOException {
        long[] a = new long[length(in)];
        read(in, a.length, 8, (b, i, n) -> b.asLongBuffer().get(a, i, n));
        return a;
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] a = new int[length(in)];
        read(in, a.length, 4, (b, i, n) -> b.asIntBuffer().get(a, i, n));
        return a;
    }

    private static float[] floats(DataInputStream in) throws IOException {
        float[] a = new float[length(in)];
        read(in, a.length, 4, (b, i, n) -> b.asFloatBuffer().get(a, i, n));
        return a;
    }

    private static char[] chars(DataInputStream in) throws IOException {
        char[] a = new char[length(in)];
        read(in, a.length, 2, (b, i, n) -> b.asCharBuffer().get(a, i, n));
        return a;
    }

    private static short[] shorts(DataInputStream in) throws IOException {
        short[] a = new short[length(in)];
        read(in, a.length, 2, (b, i, n) -> b.asShortBuffer().get(a, i, n));
        return a;
    }

    // ---- the build step

    /**
     * Writes {@link #TABLES} and {@link #SHELL} under the classes folder {@code args[0]}, unless
     * both are there with the same key (the same model, CoreNLP classes and classes of ours).
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length != 1) {
            System.err.println("usage: CompiledSegmenter CLASSES_DIR");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path tables = classes.resolve(TABLES);
        Path shell = classes.resolve(SHELL);
        Properties modelProps = ChineseNlp.segmenterProps(ChineseNlp.pipelineProps(COMPILED_MODEL));
        String key = key(COMPILED_MODEL, modelProps);
        if (upToDate(tables, shell, key)) {
            return;
        }
        long t0 = System.nanoTime();
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(COMPILED_MODEL, modelProps);
        if (!modelProps.getProperty("serDictionary", "").equals(crf.flags.serializedDictionary)
                || !modelProps.getProperty("sighanCorporaDict", "").equals(crf.flags.sighanCorporaDict)) {
            throw new IllegalStateException("the segmenter's dictionaries are not those of its properties");
        }
        FastSegmenter f = FastSegmenter.fromModel(crf);
        Files.createDirectories(tables.getParent());
        Path tmp = tables.resolveSibling(tables.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(f, key, out);
        }
        // the shell: the same CRF without its features and weights, written by CoreNLP itself
        set(CRFClassifier.class, crf, "featureIndex", new HashIndex<String>());
        set(CRFClassifier.class, crf, "weights", new float[0][]);
        set(AbstractSequenceClassifier.class, crf, "knownLCWords", new MaxSizeConcurrentHashSet<String>());
        Path shellTmp = shell.resolveSibling("tmp-" + shell.getFileName());
        crf.serializeClassifier(shellTmp.toString());
        Files.move(shellTmp, shell, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, tables, StandardCopyOption.REPLACE_EXISTING);
        System.err.printf(java.util.Locale.ROOT, "CompiledSegmenter: %s (%.1f MB) and %s written in %.1f s: %s%n", TABLES,
                Files.size(tables) / 1e6, SHELL, (System.nanoTime() - t0) / 1e9, f.describe());
    }

    /** Whether both files are there and the tables' key is {@code key} (which names the classes that wrote them). */
    private static boolean upToDate(Path tables, Path shell, String key) {
        if (!Files.isRegularFile(tables) || !Files.isRegularFile(shell)) {
            return false;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(tables)))) {
            return key.equals(header(in));
        } catch (IOException e) {
            return false;
        }
    }

    private static void set(Class<?> owner, Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
