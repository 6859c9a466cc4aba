package io.wirestream.enrichment.validate;

/** Why an article was rejected; stable names, used as dead-letter reasons. */
public enum ReasonCode {
    /** The id is null or blank. */
    MISSING_ID,
    /** The id is longer than {@link ArticleValidator.Limits#maxIdLength()}. */
    ID_TOO_LONG,
    /** The id contains characters other than visible ASCII. */
    ID_INVALID_CHARS,
    /** Neither a body nor HTML was given. */
    NO_TEXT,
    /** The text was given but nothing readable was left after cleaning. */
    EMPTY_TEXT_AFTER_CLEANING,
    /** The URL is not an absolute http(s) URL with a host. */
    INVALID_URL,
    /** The publication time is implausibly early or in the future. */
    INVALID_PUBLISHED_AT,
    /** The title is longer than {@link ArticleValidator.Limits#maxTitleLength()}. */
    TITLE_TOO_LONG,
    /** The body or HTML is larger than {@link ArticleValidator.Limits#maxTextBytes()}. */
    TOO_LARGE,
    /** A stage threw unexpectedly; the message names the exception. */
    STAGE_FAILED
}
