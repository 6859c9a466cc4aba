package io.wirestream.enrichment.link;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * An immutable string-to-string map packed into one {@code char[]}: keys in sorted order, each followed by its
 * value, found by binary search. The romanizer keeps about 200,000 spellings: with them in {@code HashMap}s of
 * {@code String}s it took 57 MB of heap, packed here 27 MB (most of the rest is its letter models). Thread-safe.
 */
final class Spellings {

    private final char[] chars;
    /** Entry {@code i}: key from {@code starts[2i]} to {@code starts[2i+1]}, value to {@code starts[2i+2]}. */
    private final int[] starts;

    /** No spellings: generation alone. */
    static final Spellings NONE = of(Map.of());

    private Spellings(char[] chars, int[] starts) {
        this.chars = chars;
        this.starts = starts;
    }

    static Spellings of(Map<String, String> map) {
        SortedMap<String, String> sorted = new TreeMap<>(map);
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[sorted.size() * 2 + 1];
        int n = 0;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            starts[n++] = sb.length();
            sb.append(e.getKey());
            starts[n++] = sb.length();
            sb.append(e.getValue());
        }
        starts[n] = sb.length();
        char[] chars = new char[sb.length()];
        sb.getChars(0, sb.length(), chars, 0);
        return new Spellings(chars, starts);
    }

    int size() {
        return starts.length / 2;
    }

    /** The value of {@code key}, or null. */
    String get(String key) {
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareKey(mid, key);
            if (c == 0) {
                return new String(chars, starts[2 * mid + 1], starts[2 * mid + 2] - starts[2 * mid + 1]);
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** Every entry in key order. */
    void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < size(); i++) {
            action.accept(
                    new String(chars, starts[2 * i], starts[2 * i + 1] - starts[2 * i]),
                    new String(chars, starts[2 * i + 1], starts[2 * i + 2] - starts[2 * i + 1]));
        }
    }

    /** Entry {@code i}'s key compared with {@code key}, as {@link String#compareTo} would. */
    private int compareKey(int i, String key) {
        int from = starts[2 * i];
        int length = starts[2 * i + 1] - from;
        int n = Math.min(length, key.length());
        for (int k = 0; k < n; k++) {
            int d = chars[from + k] - key.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return length - key.length();
    }
}
