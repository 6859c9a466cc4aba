package io.wirestream.enrichment.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The readable content of an HTML page.
 *
 * @param title      headline found in the page, or empty when none
 * @param paragraphs body paragraphs in reading order, each trimmed and non-empty
 * @param removed    what extraction dropped, as counts per kind (e.g. {@code "nav"}, {@code "script"})
 */
public record ExtractedArticle(String title, List<String> paragraphs, Map<String, Integer> removed) {
    public ExtractedArticle {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        removed = Map.copyOf(removed);
    }

    /** The paragraphs joined by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
