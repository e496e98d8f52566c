package org.statclaim.nlp;

import java.util.List;

/**
 * The id of a CRF feature looked up from characters in a reusable buffer, without making a
 * String: an open-addressing table over the model's own feature strings (no copy of them).
 *
 * <p>Each slot packs the feature id + 1 (22 bits, 0 = empty) and 10 bits of the feature's hash,
 * so a probe rejects almost every other feature without touching its string; a match is
 * confirmed against the index's string. 2^23 slots for the 3.3 million features of
 * ctb.small.gz: 32 MB, load factor 0.39.
 */
final class FeatureIds {

    private static final int ID_BITS = 22;
    private static final int ID_MASK = (1 << ID_BITS) - 1;

    private final List<String> names;
    private final int[] slots;
    private final int mask;

    /** @param names the feature strings, by id (CoreNLP's feature index, kept as it is) */
    FeatureIds(List<String> names) {
        if (names.size() >= ID_MASK) {
            throw new IllegalArgumentException("too many features for the table: " + names.size());
        }
        this.names = names;
        int size = Integer.highestOneBit(Math.max(16, names.size() * 2 - 1)) << 1;
        this.slots = new int[size];
        this.mask = size - 1;
        for (int id = 0; id < names.size(); id++) {
            String s = names.get(id);
            long h = hash(s);
            int slot = (int) h & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = fingerprint(h) | (id + 1);
        }
    }

    /** The id of the feature spelled by {@code buf[0, len)}, or -1 when the model has none. */
    int find(char[] buf, int len) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < len; i++) {
            h = (h ^ buf[i]) * 0x100000001b3L;
        }
        h = mix(h);
        int fp = fingerprint(h);
        int slot = (int) h & mask;
        for (int v; (v = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if ((v & ~ID_MASK) == fp) {
                int id = (v & ID_MASK) - 1;
                if (same(names.get(id), buf, len)) {
                    return id;
                }
            }
        }
        return -1;
    }

    private static boolean same(String s, char[] buf, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != buf[i]) {
                return false;
            }
        }
        return true;
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static int fingerprint(long h) {
        return (int) (h >>> 54) << ID_BITS;
    }

    /** Bytes of the table (what this class adds to the heap). */
    long bytes() {
        return 16L + 4L * slots.length;
    }
}
