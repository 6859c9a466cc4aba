package io.wirestream.producer;

/**
 * An input item that was not published, and why.
 *
 * @param origin  file or {@code <stdin>}
 * @param line    1-based line number
 * @param id      article id when it could be read, else null
 * @param reason  reason code ({@code INVALID_JSON}, {@code NOT_AN_OBJECT}, or a validation code such as {@code MISSING_ID})
 * @param message human-readable explanation
 */
public record Rejection(String origin, long line, String id, String reason, String message) {}
