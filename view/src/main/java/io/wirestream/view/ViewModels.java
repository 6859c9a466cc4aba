package io.wirestream.view;

import java.util.List;
import java.util.Map;

/** What the queries return and the JSON API serves: plain records, timestamps as ISO-8601 strings. */
public final class ViewModels {

    private ViewModels() {}

    /**
     * An entity of an article as a chip: one per canonical id (or surface form when it has none).
     *
     * @param canonicalId null when the mention has no canonical id
     * @param name        canonical name, else the surface form
     * @param type        entity type name
     * @param mentions    mentions in the article
     */
    public record Chip(String canonicalId, String name, String type, int mentions) {}

    /** One line of the latest-articles list. */
    public record ArticleSummary(
            String id,
            String title,
            String source,
            String url,
            String language,
            String publishedAt,
            String receivedAt,
            String nearDuplicateOf,
            List<Chip> entities) {}

    /** A trending entity: mentions in the window and one count per bucket, oldest first. */
    public record TrendingEntity(String canonicalId, String name, String type, long count, List<Long> series) {}

    /** Trending entities per type (PERSON, ORGANIZATION, LOCATION, MISC), most mentioned first. */
    public record Trending(
            String window, String from, String to, long bucketSeconds, Map<String, List<TrendingEntity>> byType) {}

    /** Every recent mention of one entity, newest first, with counts per language, script and surface form. */
    public record EntityPage(
            String canonicalId,
            String name,
            String type,
            List<Mention> mentions,
            Map<String, Long> languages,
            Map<String, Long> scripts,
            Map<String, Long> forms) {}

    /** Counters of the stream. */
    public record Stats(
            String at,
            double articlesPerSecond,
            long articlesLastMinute,
            long totalArticles,
            long rateBucketSeconds,
            List<Long> recentRate,
            Map<String, Long> languages,
            Map<String, Long> sources,
            long totalDeadLetters,
            Map<String, Long> deadLettersByReason) {}
}
