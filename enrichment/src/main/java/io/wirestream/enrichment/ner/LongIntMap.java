package io.wirestream.enrichment.ner;

import java.util.Arrays;

/**
 * Open-addressing map from non-zero {@code long} keys (feature and word hashes) to {@code int} values, without
 * boxing. Key and value share one slot of a single {@code long[]} (key at {@code 2i}, value at {@code 2i + 1}), so a
 * lookup touches one cache line, which is what tagging speed depends on. Key {@code 0} is reserved for empty slots;
 * {@link #key(long)} maps it away. Not thread-safe while being written; safe to read from many threads once filled.
 */
final class LongIntMap {

    private long[] table;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, (int) Math.min(1 << 29, expected * 5L / 3)) - 1) << 1;
        table = new long[capacity * 2];
        mask = capacity - 1;
    }

    static long key(long hash) {
        return hash == 0 ? 0x9E3779B97F4A7C15L : hash;
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        long[] t = table;
        int i = slot(key);
        while (true) {
            long k = t[i << 1];
            if (k == key) {
                return (int) t[(i << 1) + 1];
            }
            if (k == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores {@code value} for {@code key}, replacing any previous value. */
    void put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if ((size + 1) * 5L > (mask + 1L) * 3L) {
            grow();
        }
        int i = slot(key);
        while (table[i << 1] != 0 && table[i << 1] != key) {
            i = (i + 1) & mask;
        }
        if (table[i << 1] == 0) {
            table[i << 1] = key;
            size++;
        }
        table[(i << 1) + 1] = value;
    }

    /** The value for {@code key}, inserting {@code size()} first when it is absent: dense ids in first-seen order. */
    int idOf(long key) {
        int id = get(key, -1);
        if (id < 0) {
            id = size;
            put(key, id);
        }
        return id;
    }

    /** Keys in ascending order, for deterministic serialization. */
    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != 0) {
                out[n++] = table[i];
            }
        }
        Arrays.sort(out);
        return out;
    }

    long bytes() {
        return table.length * 8L;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = (old.length >> 1) * 2 - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }
}
