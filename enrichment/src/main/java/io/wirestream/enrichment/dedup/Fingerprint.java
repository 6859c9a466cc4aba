package io.wirestream.enrichment.dedup;

import io.wirestream.enrichment.clean.MatchingKey;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A MinHash signature of an article's normalized text, for finding duplicates and near-duplicates.
 *
 * <p>The text is reduced to its {@link MatchingKey} (so spelling variants, harakat and case do not
 * matter), split into words, and shingled into word 3-grams; slot {@code i} of the signature is the
 * minimum of hash function {@code i} over the shingles. The fraction of equal slots of two signatures
 * estimates the Jaccard similarity of their shingle sets (standard error about
 * {@code sqrt(J(1-J)/SLOTS)}). Immutable and thread-safe.
 */
public final class Fingerprint {

    /** Number of hash functions (signature slots). */
    public static final int SLOTS = 64;
    /** Words per shingle. */
    public static final int SHINGLE = 3;

    private static final long[] SEEDS = seeds();

    private final long[] slots;

    private Fingerprint(long[] slots) {
        this.slots = slots;
    }

    /** The fingerprint of a title and body; never null, also for empty text. */
    public static Fingerprint of(String title, String text) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        String key = MatchingKey.of(title + "\n" + text);
        int[] words = new int[key.length() / 2 + 1];
        int count = wordHashes(key, words);
        long[] slots = new long[SLOTS];
        Arrays.fill(slots, Long.MAX_VALUE);
        int shingles = Math.max(1, count - SHINGLE + 1);
        for (int s = 0; s < shingles; s++) {
            long base = 0x9E3779B97F4A7C15L;
            for (int w = s; w < Math.min(count, s + SHINGLE); w++) {
                base = mix(base ^ words[w] * 0xC2B2AE3D27D4EB4FL + w - s);
            }
            for (int i = 0; i < SLOTS; i++) {
                long h = mix(base ^ SEEDS[i]);
                if (h < slots[i]) {
                    slots[i] = h;
                }
            }
        }
        return new Fingerprint(slots);
    }

    /**
     * The words of {@code key}, maximal runs of letters and numbers ({@code \p{L}}, {@code \p{N}}), as their
     * {@link String#hashCode()}s into {@code hashes}; returns how many. Same words and hashes as splitting on
     * {@code [^\p{L}\p{N}]+}, without the regex and a string per word.
     *
     * @param hashes room for every word: at most {@code key.length() / 2 + 1}
     */
    static int wordHashes(String key, int[] hashes) {
        int count = 0;
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i < key.length(); ) {
            int cp = key.codePointAt(i);
            int units = Character.charCount(cp);
            if (isWordChar(cp)) {
                for (int u = i; u < i + units; u++) {
                    hash = 31 * hash + key.charAt(u);
                }
                inWord = true;
            } else if (inWord) {
                hashes[count++] = hash;
                hash = 0;
                inWord = false;
            }
            i += units;
        }
        if (inWord) {
            hashes[count++] = hash;
        }
        return count;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Reads a fingerprint written by {@link #toBytes()}. */
    public static Fingerprint fromBytes(byte[] bytes) {
        if (bytes.length != SLOTS * Long.BYTES) {
            throw new IllegalArgumentException(
                    "a fingerprint has " + SLOTS * Long.BYTES + " bytes, got " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] slots = new long[SLOTS];
        for (int i = 0; i < SLOTS; i++) {
            slots[i] = buffer.getLong();
        }
        return new Fingerprint(slots);
    }

    /** The signature as {@code SLOTS * 8} big-endian bytes. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(SLOTS * Long.BYTES);
        for (long slot : slots) {
            buffer.putLong(slot);
        }
        return buffer.array();
    }

    /** Estimated Jaccard similarity of the two shingle sets, in [0, 1]. */
    public double similarity(Fingerprint other) {
        int equal = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (slots[i] == other.slots[i]) {
                equal++;
            }
        }
        return equal / (double) SLOTS;
    }

    /**
     * LSH band keys: the signature cut into {@code bands} bands, each hashed to a key. Two texts with
     * Jaccard similarity J share at least one band key with probability {@code 1 - (1 - J^r)^bands},
     * {@code r = SLOTS / bands}; with 16 bands of 4 that is 0.98 at J = 0.6 and 0.2 at J = 0.2.
     */
    public String[] bandKeys(int bands) {
        if (bands < 1 || SLOTS % bands != 0) {
            throw new IllegalArgumentException("bands must divide " + SLOTS + ", was " + bands);
        }
        int rows = SLOTS / bands;
        String[] keys = new String[bands];
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = mix(h * 31 + slots[b * rows + r]);
            }
            keys[b] = b + ":" + Long.toHexString(h);
        }
        return keys;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SLOTS];
        long state = 0x5EED_0F_F1A9E2L;
        for (int i = 0; i < SLOTS; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint other && Arrays.equals(slots, other.slots);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(slots);
    }
}
