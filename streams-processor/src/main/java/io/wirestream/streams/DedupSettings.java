package io.wirestream.streams;

import java.time.Duration;
import java.util.Objects;

/**
 * How duplicates are found.
 *
 * @param window                 how long an article id or text is remembered; a repeat within it is a duplicate
 * @param partitions             partitions of the internal topic where texts are compared; with 1 every
 *                               near-duplicate pair is compared, with more, exact duplicates still always
 *                               meet (the key is the content hash) but near-duplicates only when they land
 *                               in the same partition
 * @param nearDuplicateThreshold estimated Jaccard similarity of word 3-shingles from which an article is
 *                               flagged as a near-duplicate of an earlier one
 */
public record DedupSettings(Duration window, int partitions, double nearDuplicateThreshold) {

    /** LSH bands of the 64-slot MinHash signature (4 slots each). */
    static final int BANDS = 16;

    public DedupSettings {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("dedup window must be positive, was " + window);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("dedup partitions must be at least 1, was " + partitions);
        }
        if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "near-duplicate threshold must be in (0, 1], was " + nearDuplicateThreshold);
        }
    }

    /** One day, one partition, similarity 0.5. */
    public static DedupSettings defaults() {
        return new DedupSettings(Duration.ofDays(1), 1, 0.5);
    }
}
