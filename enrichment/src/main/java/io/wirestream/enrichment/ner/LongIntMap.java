package io.wirestream.enrichment.ner;

import java.util.Arrays;

/**
 * Open-addressing map from non-zero {@code long} keys (feature and word hashes) to {@code int} values, without
 * boxing. Key {@code 0} is reserved for empty slots; {@link #key(long)} maps it away. Not thread-safe while
 * being written; safe to read from many threads once filled.
 */
final class LongIntMap {

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, (int) Math.min(1 << 30, expected * 5L / 3)) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
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
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
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
        if ((size + 1) * 5L > keys.length * 3L) {
            grow();
        }
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
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
        for (long k : keys) {
            if (k != 0) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    long bytes() {
        return keys.length * 12L;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
