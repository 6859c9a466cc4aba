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
 */
public record Topics(String raw, String enriched, String deadLetter) {

    public static final String DEFAULT_RAW = "articles.raw";
    public static final String DEFAULT_ENRICHED = "articles.enriched";
    public static final String DEFAULT_DEAD_LETTER = "articles.dead-letter";

    public Topics {
        requireName(raw, "raw");
        requireName(enriched, "enriched");
        requireName(deadLetter, "deadLetter");
        if (raw.equals(enriched) || raw.equals(deadLetter) || enriched.equals(deadLetter)) {
            throw new IllegalArgumentException("raw, enriched and dead-letter topics must differ: " + List.of(raw, enriched, deadLetter));
        }
    }

    /** The default topic names. */
    public static Topics defaults() {
        return new Topics(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DEAD_LETTER);
    }

    /** The same topics with a common prefix, e.g. one set per test. */
    public Topics withPrefix(String prefix) {
        return new Topics(prefix + raw, prefix + enriched, prefix + deadLetter);
    }

    /** All topic names, input first. */
    public List<String> all() {
        return List.of(raw, enriched, deadLetter);
    }

    private static void requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank() || !name.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("invalid " + what + " topic name '" + name + "'");
        }
    }
}
