package io.wirestream.enrichment;

import io.wirestream.enrichment.clean.CleanedArticle;
import io.wirestream.enrichment.entity.EntityMention;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the enrichment chain found for one article.
 *
 * @param cleaned       the cleaned article; entity and language offsets point into its {@code text()}
 * @param language      document language and per-run segments
 * @param entities      entity mentions in {@code cleaned.text()}, sorted, non-overlapping
 * @param contentHash   SHA-256 hex of the matching key of title and text, for near-duplicate detection
 * @param modelVersions stage name -> model or resource version that produced this result
 */
public record EnrichmentResult(
        CleanedArticle cleaned,
        LanguageResult language,
        List<EntityMention> entities,
        String contentHash,
        Map<String, String> modelVersions) {
    public EnrichmentResult {
        Objects.requireNonNull(cleaned, "cleaned");
        Objects.requireNonNull(language, "language");
        entities = List.copyOf(entities);
        Objects.requireNonNull(contentHash, "contentHash");
        modelVersions = Map.copyOf(modelVersions);
    }
}
