package io.wirestream.enrichment.clean;

import java.util.Objects;

/**
 * Content quoted from another platform inside an article, such as an embedded tweet. Its text stays
 * in the clean text as its own paragraph; the signature that followed it moves here.
 *
 * @param kind   what was embedded, e.g. {@code "tweet"}; never null
 * @param start  start offset of the embedded text in {@link CleanedArticle#text()}, inclusive
 * @param end    end offset in {@link CleanedArticle#text()}, exclusive
 * @param author display name from the signature, or null
 * @param handle account handle without {@code @}, or null
 * @param date   the date as written in the signature (e.g. {@code "February 3, 2026"}), or null
 * @param url    the media or status URL from the signature, or null
 */
public record Embed(String kind, int start, int end, String author, String handle, String date, String url) {
    public Embed {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    Embed shifted(int delta) {
        return new Embed(kind, start + delta, end + delta, author, handle, date, url);
    }
}
