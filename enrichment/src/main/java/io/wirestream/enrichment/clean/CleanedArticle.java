package io.wirestream.enrichment.clean;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An article's readable text after cleaning: NFC, no control or bidi characters, paragraphs
 * separated by exactly one blank line ({@code "\n\n"}), no line breaks inside a paragraph.
 *
 * @param title             the cleaned headline on one line; empty (never null) when there is none
 * @param text              the cleaned body; may be empty only when nothing readable was left
 * @param publishedAt       the input's publication time, else one found in a leaked dateline, else null
 * @param publishedAtSource {@code "input"}, {@code "text"}, or null when {@code publishedAt} is null
 * @param credits           agency credits from a trailing credit line, in written order
 * @param embeds            embedded posts, with offsets into {@code text}, in text order
 * @param report            what cleaning removed or replaced, as counts per kind (sorted by kind)
 */
public record CleanedArticle(
        String title,
        String text,
        Instant publishedAt,
        String publishedAtSource,
        List<String> credits,
        List<Embed> embeds,
        Map<String, Integer> report) {

    public CleanedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        credits = List.copyOf(credits);
        embeds = List.copyOf(embeds);
        report = java.util.Collections.unmodifiableMap(new TreeMap<>(report));
        if ((publishedAt == null) != (publishedAtSource == null)) {
            throw new IllegalArgumentException("publishedAt and publishedAtSource must both be set or both be null");
        }
        for (Embed e : embeds) {
            if (e.end() > text.length()) {
                throw new IllegalArgumentException("embed outside text: " + e);
            }
        }
    }

    /** The paragraphs of {@link #text()}, empty when the text is empty. */
    public List<String> paragraphs() {
        return text.isEmpty() ? List.of() : List.of(text.split("\n\n", -1));
    }
}
