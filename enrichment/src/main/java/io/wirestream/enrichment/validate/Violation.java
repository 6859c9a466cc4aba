package io.wirestream.enrichment.validate;

import java.util.Objects;

/**
 * One reason an article is not acceptable.
 *
 * @param code    the machine-readable reason; never null
 * @param message a short human-readable explanation without article content; never null
 */
public record Violation(ReasonCode code, String message) {
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
