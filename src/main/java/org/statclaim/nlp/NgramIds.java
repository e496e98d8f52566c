package org.statclaim.nlp;

import java.util.List;

/**
 * The ids of the segmenter's character n-gram features ("AB::pc|C": characters, then a fixed
 * template) looked up by an exact numeric key, template and characters, with no string made
 * and none compared: these are nearly all of the model's 3.3 million features.
 *
 * <p>A feature's string is its present characters (a padding position writes none) followed by
 * the template's suffix, so the key is (template, the 0..2 present characters). The table is
 * built by parsing every feature string of the index under every template whose suffix it ends
 * with; a string that parses under two templates gets both keys, so a key finds an id exactly
 * when CoreNLP's index has the string. Keys of 40 bits and ids of 22 share one long per slot
 * (linear probing, 2^22 slots: 32 MB).
 */
final class NgramIds {

    private static final int ID_BITS = 22;
    private static final long ID_MASK = (1L << ID_BITS) - 1;
    private static final long KEY_MASK = (1L << 40) - 1;
    private static final long SHARED = 1L << 62;
    /** Set in an id {@link #find} returns when the feature has more than one key (two templates write its string). */
    static final int SHARED_ID = 1 << 30;

    /** A template: the suffix after the characters, how many characters at most, and whether a '-' sits between them. */
    record Template(String suffix, int arity, boolean dash) {
    }

    private final Template[] templates;
    private final long[] slots;
    private final int mask;
    private final int keys;
    private final int shared;

    /**
     * @param names    the feature strings by id
     * @param parsed   set to true for each id that some template parses
     */
    NgramIds(List<String> names, Template[] templates, boolean[] parsed) {
        if (templates.length > 64 || names.size() >= ID_MASK) {
            throw new IllegalArgumentException("too many templates or features");
        }
        this.templates = templates;
        int count = 0;
        long[] found = new long[names.size() + 1024];
        java.util.Set<Integer> shared = new java.util.HashSet<>();
        for (int id = 0; id < names.size(); id++) {
            String s = names.get(id);
            for (int t = 0; t < templates.length; t++) {
                long key = parse(s, t);
                if (key >= 0) {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = key << ID_BITS | (id + 1);
                    if (parsed[id]) {
                        shared.add(id);
                    }
                    parsed[id] = true;
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (shared.contains((int) (found[i] & ID_MASK) - 1)) {
                found[i] |= SHARED;
            }
        }
        this.shared = shared.size();
        int size = Integer.highestOneBit(Math.max(16, (int) (count / 0.8))) << 1;
        if (size / 2 >= count / 0.8) {
            size /= 2;
        }
        this.slots = new long[size];
        this.mask = size - 1;
        this.keys = count;
        for (int i = 0; i < count; i++) {
            long v = found[i];
            int slot = slot((v >>> ID_BITS) & KEY_MASK);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = v;
        }
    }

    /** The table as {@link #slots()} gave it (read from the compiled model). */
    NgramIds(Template[] templates, long[] slots, int keys, int shared) {
        if (Integer.bitCount(slots.length) != 1 || templates.length > 64) {
            throw new IllegalArgumentException("not an n-gram table");
        }
        this.templates = templates;
        this.slots = slots;
        this.mask = slots.length - 1;
        this.keys = keys;
        this.shared = shared;
    }

    /** The slots (key, id and the shared bit packed per slot), for the compiled model. */
    long[] slots() {
        return slots;
    }

    /** The largest feature id in the table, or -1. */
    int maxId() {
        long max = 0;
        for (long v : slots) {
            max = Math.max(max, v & ID_MASK);
        }
        return (int) max - 1;
    }

    /** The key of feature string s under template t, or -1 if s is not written by t. */
    private long parse(String s, int t) {
        Template tp = templates[t];
        if (!s.endsWith(tp.suffix)) {
            return -1;
        }
        int n = s.length() - tp.suffix.length();
        if (tp.dash) {
            // [a] '-' b
            if (n == 2 && s.charAt(0) == '-') {
                return key(t, 1, s.charAt(1), 0);
            }
            if (n == 3 && s.charAt(1) == '-') {
                return key(t, 2, s.charAt(0), s.charAt(2));
            }
            return -1;
        }
        if (n > tp.arity) {
            return -1;
        }
        return key(t, n, n > 0 ? s.charAt(0) : 0, n > 1 ? s.charAt(1) : 0);
    }

    private static long key(int t, int len, int a, int b) {
        return (long) t << 34 | (long) len << 32 | (long) a << 16 | b;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return (int) h & mask;
    }

    /**
     * The id of template t written with characters a and b (-1 = padding, writes nothing), or
     * -1; with {@link #SHARED_ID} set if another template can write the same feature.
     */
    int find(int t, int a, int b) {
        long key;
        if (a < 0) {
            key = b < 0 ? key(t, 0, 0, 0) : key(t, 1, b, 0);
        } else {
            key = b < 0 ? key(t, 1, a, 0) : key(t, 2, a, b);
        }
        for (int slot = slot(key);; slot = (slot + 1) & mask) {
            long v = slots[slot];
            if (v == 0) {
                return -1;
            }
            if (((v >>> ID_BITS) & KEY_MASK) == key) {
                return (int) (v & ID_MASK) - 1 | ((v & SHARED) != 0 ? SHARED_ID : 0);
            }
        }
    }

    int keys() {
        return keys;
    }

    /** Features with more than one key. */
    int shared() {
        return shared;
    }

    long bytes() {
        return 16L + 8L * slots.length;
    }
}
