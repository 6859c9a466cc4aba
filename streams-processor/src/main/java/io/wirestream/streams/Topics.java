package io.wirestream.streams;

import java.util.List;
import java.util.Objects;

/**
 * The topics the pipeline reads and writes. Built once from configuration and passed around; no
 * topic name appears anywhere else in code.
 *
 * @param raw        {@code RawArticle} records keyed by article id (input)
 * @param enriched   {@code EnrichedArticle} records keyed by article id (output)
 * @param deadLetter {@code DeadLetter} records keyed by the original key bytes (output)
 * @param duplicates {@code DuplicateArticle} records keyed by the duplicate's id (output)
 */
public record Topics(String raw, String enriched, String deadLetter, String duplicates) {

    public static final String DEFAULT_RAW = "articles.raw";
    public static final String DEFAULT_ENRICHED = "articles.enriched";
    public static final String DEFAULT_DEAD_LETTER = "articles.dead-letter";
    public static final String DEFAULT_DUPLICATES = "articles.duplicates";

    public Topics {
        requireName(raw, "raw");
        requireName(enriched, "enriched");
        requireName(deadLetter, "deadLetter");
        requireName(duplicates, "duplicates");
        if (new java.util.HashSet<>(List.of(raw, enriched, deadLetter, duplicates)).size() != 4) {
            throw new IllegalArgumentException("raw, enriched, dead-letter and duplicates topics must differ: "
                    + List.of(raw, enriched, deadLetter, duplicates));
        }
    }

    /** The default topic names. */
    public static Topics defaults() {
        return new Topics(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DEAD_LETTER, DEFAULT_DUPLICATES);
    }

    /** The same topics with a common prefix, e.g. one set per test. */
    public Topics withPrefix(String prefix) {
        return new Topics(prefix + raw, prefix + enriched, prefix + deadLetter, prefix + duplicates);
    }

    /** All topic names, input first. */
    public List<String> all() {
        return List.of(raw, enriched, deadLetter, duplicates);
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank() || !name.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("invalid " + what + " topic name '" + name + "'");
        }
    }
}
