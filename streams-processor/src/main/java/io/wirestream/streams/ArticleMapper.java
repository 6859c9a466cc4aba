package io.wirestream.streams;

import io.wirestream.avro.Embed;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.LanguageSegment;
import io.wirestream.avro.Provenance;
import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.ArticleInput;
import io.wirestream.enrichment.EnrichmentResult;
import io.wirestream.enrichment.clean.CleanedArticle;
import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.schemas.GeneratedClasses;
import io.wirestream.schemas.PipelineVersion;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps between the Avro records on the topics and the enrichment library's plain Java records. */
public final class ArticleMapper {

    static {
        GeneratedClasses.trust();
    }

    private ArticleMapper() {}

    /** The enrichment input for a raw article. */
    public static ArticleInput toInput(RawArticle raw) {
        return new ArticleInput(
                raw.getId(),
                raw.getUrl(),
                raw.getSource(),
                raw.getTitle(),
                raw.getBody(),
                raw.getHtml(),
                raw.getPublishedAt(),
                raw.getLanguageHint());
    }

    /** The enriched record for an article not read from Kafka (the offline {@code enrich} command). */
    public static EnrichedArticle toEnriched(RawArticle raw, EnrichmentResult result, Instant processedAt) {
        return toEnriched(raw, result, processedAt, null, -1, -1);
    }

    /**
     * The enriched record for a raw article and what the enrichment chain made of it.
     *
     * @param topic     raw topic the article was read from, or null
     * @param partition its partition, or -1
     * @param offset    its offset, or -1
     */
    public static EnrichedArticle toEnriched(
            RawArticle raw, EnrichmentResult result, Instant processedAt, String topic, int partition, long offset) {
        CleanedArticle cleaned = result.cleaned();
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setUrl(raw.getUrl())
                .setSource(raw.getSource())
                .setTitle(cleaned.title() == null ? "" : cleaned.title())
                .setText(cleaned.text())
                .setLanguage(result.language().document().language())
                .setLanguageConfidence(result.language().document().confidence())
                .setTitleLanguage(
                        cleaned.title() == null || cleaned.title().isBlank()
                                ? null
                                : result.language().title().language())
                .setSegments(result.language().segments().stream()
                        .map(s -> new LanguageSegment(s.language(), s.start(), s.end(), s.confidence()))
                        .toList())
                .setEntities(
                        result.entities().stream().map(ArticleMapper::entity).toList())
                .setPublishedAt(cleaned.publishedAt())
                .setPublishedAtSource(cleaned.publishedAtSource())
                .setFetchedAt(raw.getFetchedAt())
                .setCredits(List.copyOf(cleaned.credits()))
                .setEmbeds(cleaned.embeds().stream()
                        .map(e -> new Embed(e.kind(), e.start(), e.end(), e.author(), e.handle(), e.date(), e.url()))
                        .toList())
                .setCleaningReport(new HashMap<>(cleaned.report()))
                .setTruncated(false)
                .setContentHash(result.contentHash())
                .setMetadata(raw.getMetadata() == null ? Map.of() : new HashMap<>(raw.getMetadata()))
                .setProvenance(Provenance.newBuilder()
                        .setPipelineVersion(PipelineVersion.get())
                        .setModelVersions(new HashMap<>(result.modelVersions()))
                        .setProcessedAt(processedAt)
                        .setSourceTopic(topic)
                        .setSourcePartition(partition)
                        .setSourceOffset(offset)
                        .build())
                .build();
    }

    private static Entity entity(EntityMention mention) {
        return Entity.newBuilder()
                .setType(EntityType.valueOf(mention.type().name()))
                .setText(mention.text())
                .setStart(mention.start())
                .setEnd(mention.end())
                .setBaseForm(mention.baseForm())
                .setCanonicalId(mention.canonicalId())
                .setCanonicalName(mention.canonicalName())
                .setConfidence(mention.confidence())
                .build();
    }
}
