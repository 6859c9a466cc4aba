package io.wirestream.enrichment;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as it arrives from a source, before any enrichment.
 *
 * <p>Only {@code id} is required at construction; everything else may be null. Whether the article
 * is acceptable is decided by {@link io.wirestream.enrichment.validate.ArticleValidator}, not here, so
 * that invalid input can still be represented and routed to the dead-letter topic with a reason.
 *
 * @param id           stable article id (see {@link io.wirestream.enrichment.validate.ArticleIds}); may be
 *                     blank only so the validator can reject it with a reason
 * @param url          canonical page URL, or null
 * @param source       feed or publisher name, or null
 * @param title        headline as published, or null
 * @param body         plain-text body; wins over {@code html} when both are present
 * @param html         the page or article HTML, used only when {@code body} is null or blank
 * @param publishedAt  publication instant given by the source, or null
 * @param languageHint language the source claims (ISO 639-1/-3), or null; only a weak prior
 */
public record ArticleInput(
        String id,
        String url,
        String source,
        String title,
        String body,
        String html,
        Instant publishedAt,
        String languageHint) {

    public ArticleInput {
        Objects.requireNonNull(id, "id");
    }

    /** A plain-text article with only the fields the enrichment chain needs. */
    public static ArticleInput ofText(String id, String title, String body) {
        return new ArticleInput(id, null, null, title, body, null, null, null);
    }
}
