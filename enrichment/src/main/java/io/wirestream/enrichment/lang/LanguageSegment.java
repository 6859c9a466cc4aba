package io.wirestream.enrichment.lang;

import java.util.Objects;

/**
 * A stretch of text in one language.
 *
 * @param language   as in {@link DetectedLanguage#language()}; never null
 * @param start      start offset into the text given to {@link LanguageDetector#segment}, inclusive
 * @param end        end offset, exclusive
 * @param confidence as in {@link DetectedLanguage#confidence()}
 */
public record LanguageSegment(String language, int start, int end, double confidence) {
    public LanguageSegment {
        Objects.requireNonNull(language, "language");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
