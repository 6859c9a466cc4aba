package io.wirestream.enrichment;

import io.wirestream.enrichment.validate.ReasonCode;
import java.util.Objects;

/**
 * An article the enrichment chain rejects or could not process. Carries a machine-readable
 * {@link ReasonCode} and the name of the stage ({@code validate}, {@code clean-text},
 * {@code detect-language}, {@code tag-entities}) so callers can route it to the dead-letter topic
 * without parsing messages.
 */
public class EnrichmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stage name of {@link Enricher#validate}. */
    public static final String STAGE_VALIDATE = "validate";
    /** Stage name of {@link Enricher#clean}. */
    public static final String STAGE_CLEAN = "clean-text";
    /** Stage name of {@link Enricher#detectLanguage}. */
    public static final String STAGE_LANGUAGE = "detect-language";
    /** Stage name of {@link Enricher#tagEntities}. */
    public static final String STAGE_ENTITIES = "tag-entities";

    private final ReasonCode code;
    private final String stage;

    public EnrichmentException(ReasonCode code, String stage, String message) {
        this(code, stage, message, null);
    }

    public EnrichmentException(ReasonCode code, String stage, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.stage = Objects.requireNonNull(stage, "stage");
    }

    public ReasonCode code() {
        return code;
    }

    public String stage() {
        return stage;
    }
}
