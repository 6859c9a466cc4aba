package io.wirestream.enrichment.ner;

/**
 * What the model knows about a word without context, keyed by the hash of its {@link TokenForms#norm} form:
 * two word-cluster ids computed from unlabeled text, a capitalization bucket, a frequency bucket and gazetteer
 * flags, packed into one {@code int}. Immutable once built; thread-safe for reading.
 */
final class Lexicon {

    /** Gazetteer flags (bits of {@link #flags}). */
    static final int GAZ_FIRST_NAME = 1;

    static final int GAZ_LAST_NAME = 1 << 1;
    static final int GAZ_NAME_TOKEN = 1 << 2;
    static final int GAZ_COUNTRY = 1 << 3;
    static final int GAZ_COUNTRY_PART = 1 << 4;
    static final int GAZ_STOP = 1 << 5;
    static final int GAZ_ORG = 1 << 6;
    static final int GAZ_ORG_PART = 1 << 7;
    static final int GAZ_BITS = 8;

    private final LongIntMap entries;

    Lexicon(LongIntMap entries) {
        this.entries = entries;
    }

    static int pack(int fine, int coarse, int capBucket, int freqBucket, int flags) {
        return Math.min(fine + 1, 1023)
                | Math.min(coarse + 1, 63) << 10
                | capBucket << 16
                | Math.min(freqBucket, 31) << 19
                | flags << 24;
    }

    int info(String norm) {
        return entries.get(LongIntMap.key(TokenForms.hash(norm)), 0);
    }

    int info(long normHash) {
        return entries.get(LongIntMap.key(normHash), 0);
    }

    /** Fine cluster + 1, or 0 when unknown. */
    static int fine(int info) {
        return info & 1023;
    }

    static int coarse(int info) {
        return info >>> 10 & 63;
    }

    static int capBucket(int info) {
        return info >>> 16 & 7;
    }

    /** {@code floor(log2(count)) + 1} in the unlabeled text, or 0 when the word was not seen twice. */
    static int freqBucket(int info) {
        return info >>> 19 & 31;
    }

    static int flags(int info) {
        return info >>> 24;
    }

    LongIntMap entries() {
        return entries;
    }

    int size() {
        return entries.size();
    }
}
