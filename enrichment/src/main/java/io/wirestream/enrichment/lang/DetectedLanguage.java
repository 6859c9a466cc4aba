package io.wirestream.enrichment.lang;

import java.util.Objects;

/**
 * A language decision.
 *
 * @param language   ISO 639-1 code where one exists, else ISO 639-3; {@code "und"} when the text has no letters
 *                   or its script is not supported; never null
 * @param confidence in [0, 1]; 0 for {@code "und"}. For model decisions, the share of the top candidate in the
 *                   top two model probabilities among the candidates the script allows (0.5 is a coin flip)
 */
public record DetectedLanguage(String language, double confidence) {

    /** Undetermined: no letters, or a script the detector does not know. */
    public static final DetectedLanguage UNDETERMINED = new DetectedLanguage("und", 0.0);

    public DetectedLanguage {
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    public boolean isUndetermined() {
        return language.equals("und");
    }
}
