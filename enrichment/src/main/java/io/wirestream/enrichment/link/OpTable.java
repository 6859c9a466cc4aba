package io.wirestream.enrichment.link;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to double values (no boxing): the transliteration model's
 * edit-operation table. Not thread-safe while written; safe to share once filled.
 */
final class OpTable {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private double[] values;
    private int size;

    OpTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new double[capacity];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** The value, or {@code missing} when the key is absent. */
    double get(long key, double missing) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return missing;
            }
        }
    }

    void put(long key, double value) {
        int slot = slotFor(key); // may grow the arrays: index only after
        values[slot] = value;
    }

    void add(long key, double delta) {
        int slot = slotFor(key);
        values[slot] += delta;
    }

    /** Every key, unordered. */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != EMPTY) {
                out[n++] = k;
            }
        }
        return out;
    }

    private int slotFor(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == EMPTY) {
                keys[slot] = key;
                values[slot] = 0.0;
                size++;
                return slot;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
