package io.wirestream.enrichment;

import io.wirestream.enrichment.lang.DetectedLanguage;
import io.wirestream.enrichment.lang.LanguageSegment;
import java.util.List;
import java.util.Objects;

/**
 * The languages of a cleaned article.
 *
 * @param document the article's language, from title and body weighted by length; never null
 * @param segments language runs with offsets into {@link io.wirestream.enrichment.clean.CleanedArticle#text()}
 *                 (the body; the title is not segmented); never null
 * @param title    the title's own language ({@code und} without a title); never null
 */
public record LanguageResult(DetectedLanguage document, List<LanguageSegment> segments, DetectedLanguage title) {
    public LanguageResult {
        Objects.requireNonNull(document, "document");
        segments = List.copyOf(segments);
        Objects.requireNonNull(title, "title");
    }

    /** A result without a title language. */
    public LanguageResult(DetectedLanguage document, List<LanguageSegment> segments) {
        this(document, segments, DetectedLanguage.UNDETERMINED);
    }
}
