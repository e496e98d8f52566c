package org.statclaim.nlp;

import java.util.List;

/**
 * The id of a CRF feature looked up from characters in a reusable buffer, without making a
 * String: an open-addressing table over the model's own feature strings (no copy of them).
 *
 * <p>Each slot packs the feature id + 1 (22 bits, 0 = empty) and 10 bits of the feature's hash,
 * so a probe rejects almost every other feature without touching its string; a match is
 * confirmed against the index's string. Used for the segmenter's features that are not
 * character n-grams (dictionary lengths, Unicode types and blocks, shapes, rules): some ten
 * thousand strings, a table that stays in the cache.
 */
final class FeatureIds {

    private static final int ID_BITS = 22;
    private static final int ID_MASK = (1 << ID_BITS) - 1;

    /** The table's strings, copied into one array (length, then chars): compared without leaving the cache. */
    private final char[] pool;
    private final int[] poolAt;
    /** The feature id of each string in the table. */
    private final int[] idOf;
    private final int[] slots;
    private final int mask;

    /**
     * @param names the feature strings, by id (CoreNLP's feature index, kept as it is)
     * @param skip  ids left out of this table (found elsewhere), or null
     */
    FeatureIds(List<String> names, boolean[] skip) {
        if (names.size() >= ID_MASK) {
            throw new IllegalArgumentException("too many features for the table: " + names.size());
        }
        int count = 0;
        int chars = 0;
        for (int id = 0; id < names.size(); id++) {
            if (skip == null || !skip[id]) {
                count++;
                chars += names.get(id).length() + 1;
            }
        }
        this.pool = new char[chars];
        this.poolAt = new int[count];
        this.idOf = new int[count];
        int size = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1;
        this.slots = new int[size];
        this.mask = size - 1;
        int at = 0;
        int local = 0;
        for (int id = 0; id < names.size(); id++) {
            if (skip != null && skip[id]) {
                continue;
            }
            String s = names.get(id);
            int j = local++;
            idOf[j] = id;
            poolAt[j] = at;
            pool[at++] = (char) s.length();
            s.getChars(0, s.length(), pool, at);
            at += s.length();
            long h = hash(s);
            int slot = (int) h & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = fingerprint(h) | (j + 1);
        }
    }

    /** The table as its accessors gave it (read from the compiled model). */
    FeatureIds(char[] pool, int[] poolAt, int[] idOf, int[] slots) {
        if (Integer.bitCount(slots.length) != 1 || poolAt.length != idOf.length) {
            throw new IllegalArgumentException("not a feature table");
        }
        this.pool = pool;
        this.poolAt = poolAt;
        this.idOf = idOf;
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    char[] pool() {
        return pool;
    }

    int[] poolAt() {
        return poolAt;
    }

    int[] idOf() {
        return idOf;
    }

    int[] slots() {
        return slots;
    }

    /** The largest feature id in the table, or -1. */
    int maxId() {
        int max = -1;
        for (int id : idOf) {
            max = Math.max(max, id);
        }
        return max;
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
                int j = (v & ID_MASK) - 1;
                if (same(poolAt[j], buf, len)) {
                    return idOf[j];
                }
            }
        }
        return -1;
    }

    private boolean same(int at, char[] buf, int len) {
        if (pool[at] != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (pool[at + 1 + i] != buf[i]) {
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

    int size() {
        return idOf.length;
    }

    /** Bytes of the table (what this class adds to the heap). */
    long bytes() {
        return 48L + 4L * slots.length + 2L * pool.length + 8L * poolAt.length;
    }
}
