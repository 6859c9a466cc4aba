package io.wirestream.streams;

import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.enrichment.Enricher;
import io.wirestream.enrichment.EnrichmentException;
import io.wirestream.enrichment.EnrichmentResult;
import io.wirestream.enrichment.validate.Violation;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrichment topology, as a pure function of its topics, serdes, enrichment chain and dedup settings.
 *
 * <pre>
 * raw ─ read-raw-articles ─ parse-article ─ validate-article ─ dedupe-article-ids [article-ids]
 *     ─ clean-text ─ detect-language ─ tag-entities ─ route-
 *         ├─ failures   ─ build-dead-letter ─ write-dead-letters ──────────────────────────► dead-letter
 *         ├─ duplicates ─ build-id-duplicate ─ write-id-duplicates ──────────────────────► duplicates
 *         └─ enriched   ─ build-enriched-article ─ [articles-by-content repartition]
 *                         ─ detect-duplicates [content-bands] ─ route-checked-
 *                               ├─ duplicates ─ write-content-duplicates ────────────────► duplicates
 *                               └─ enriched   ─ key-by-article-id ─ write-enriched-articles ► enriched
 * </pre>
 *
 * Under {@code exactly_once_v2} each raw record ends in exactly one of the enriched, dead-letter and
 * duplicates topics, committed atomically with its input offset (and the repartition hop in between).
 * Ids are deduplicated before any NLP work (the raw topic is keyed by id); texts are compared after
 * enrichment on an internal topic keyed by content hash, so exact copies under other ids always meet.
 */
public final class EnrichmentTopology {

    /** Name of the content-dedup repartition; its internal topic is {@code <application.id>-articles-by-content-repartition}. */
    public static final String CONTENT_REPARTITION = "articles-by-content";

    private EnrichmentTopology() {}

    /** The topology with {@link TopologyOptions#defaults()}. */
    public static Topology build(Topics topics, TopologySerdes serdes, Enricher enricher) {
        return build(topics, serdes, enricher, TopologyOptions.defaults());
    }

    /** The topology. */
    public static Topology build(Topics topics, TopologySerdes serdes, Enricher enricher, TopologyOptions options) {
        DedupSettings dedup = options.dedup();
        Clock clock = options.clock();
        PipelineMetrics metrics = options.metrics();
        DeadLetters deadLetters = new DeadLetters(clock);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(DedupeArticleIds.STORE, dedup.window(), Duration.ofMillis(1), false),
                Serdes.String(),
                Serdes.Long()));
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(DetectDuplicates.STORE, dedup.window(), Duration.ofMillis(1), true),
                Serdes.String(),
                Serdes.ByteArray()));

        KStream<byte[], InFlight> processed = builder.stream(
                        topics.raw(),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-articles"))
                .processValues(
                        () -> new ParseArticle(serdes.rawArticle(), deadLetters, metrics), Named.as("parse-article"))
                .mapValues(validate(enricher, deadLetters, metrics), Named.as("validate-article"))
                .processValues(
                        () -> new DedupeArticleIds(dedup), Named.as("dedupe-article-ids"), DedupeArticleIds.STORE);
        for (Stage stage : nlpStages(enricher, deadLetters, metrics)) {
            processed = processed.mapValues(stage, Named.as(stage.name()));
        }

        processed
                .split(Named.as("route-"))
                .branch(
                        (key, article) -> article.isFailed(),
                        Branched.withConsumer(
                                failed -> failed.map(
                                                (key, article) -> {
                                                    metrics.deadLetter(
                                                            article.failure().getStage(),
                                                            article.failure().getReason());
                                                    metrics.recordOut(topics.deadLetter(), "dead-letter");
                                                    return KeyValue.pair(key, article.failure());
                                                },
                                                Named.as("build-dead-letter"))
                                        .to(
                                                topics.deadLetter(),
                                                Produced.with(Serdes.ByteArray(), serdes.deadLetter())
                                                        .withName("write-dead-letters")),
                                "failures"))
                .branch(
                        (key, article) -> article.isDuplicate(),
                        Branched.withConsumer(
                                duplicates -> duplicates
                                        .map(
                                                (key, article) -> {
                                                    metrics.duplicate("id");
                                                    metrics.recordOut(topics.duplicates(), "duplicate");
                                                    return KeyValue.pair(
                                                            article.raw().getId(), idDuplicate(article, clock));
                                                },
                                                Named.as("build-id-duplicate"))
                                        .to(
                                                topics.duplicates(),
                                                Produced.with(Serdes.String(), serdes.duplicateArticle())
                                                        .withName("write-id-duplicates")),
                                "duplicates"))
                .defaultBranch(Branched.withConsumer(
                        enriched -> checkContent(
                                enriched.map(
                                        (key, article) -> {
                                            EnrichedArticle enrichedArticle = toEnriched(article, enricher, clock);
                                            return KeyValue.pair(enrichedArticle.getContentHash(), enrichedArticle);
                                        },
                                        Named.as("build-enriched-article")),
                                topics,
                                serdes,
                                dedup,
                                clock,
                                metrics),
                        "enriched"));
        return builder.build();
    }

    private static void checkContent(
            KStream<String, EnrichedArticle> byContent,
            Topics topics,
            TopologySerdes serdes,
            DedupSettings dedup,
            Clock clock,
            PipelineMetrics metrics) {
        byContent
                .repartition(Repartitioned.with(Serdes.String(), serdes.enrichedArticle())
                        .withName(CONTENT_REPARTITION)
                        .withNumberOfPartitions(dedup.partitions()))
                .processValues(
                        () -> new DetectDuplicates(dedup, clock, metrics),
                        Named.as("detect-duplicates"),
                        DetectDuplicates.STORE)
                .split(Named.as("route-checked-"))
                .branch(
                        (key, checked) -> checked.isDuplicate(),
                        Branched.withConsumer(
                                duplicates -> duplicates
                                        .map(
                                                (key, checked) -> {
                                                    metrics.duplicate(
                                                            checked.duplicate().getMatchedBy());
                                                    metrics.recordOut(topics.duplicates(), "duplicate");
                                                    return KeyValue.pair(
                                                            checked.duplicate().getId(), checked.duplicate());
                                                },
                                                Named.as("build-content-duplicate"))
                                        .to(
                                                topics.duplicates(),
                                                Produced.with(Serdes.String(), serdes.duplicateArticle())
                                                        .withName("write-content-duplicates")),
                                "duplicates"))
                .defaultBranch(Branched.withConsumer(
                        enriched -> enriched.map(
                                        (key, checked) -> {
                                            EnrichedArticle article = checked.article();
                                            metrics.enriched(
                                                    article.getLanguage(),
                                                    () -> article.getEntities().stream()
                                                            .map(e ->
                                                                    e.getType().name())
                                                            .iterator());
                                            metrics.recordOut(topics.enriched(), "enriched");
                                            return KeyValue.pair(article.getId(), article);
                                        },
                                        Named.as("key-by-article-id"))
                                .to(
                                        topics.enriched(),
                                        Produced.with(Serdes.String(), serdes.enrichedArticle())
                                                .withName("write-enriched-articles")),
                        "enriched"));
    }

    private static Stage validate(Enricher enricher, DeadLetters deadLetters, PipelineMetrics metrics) {
        return new Stage(
                "validate-article",
                article -> {
                    List<Violation> violations = enricher.validate(article.input());
                    if (!violations.isEmpty()) {
                        throw new EnrichmentException(
                                violations.get(0).code(),
                                "validate",
                                violations.stream()
                                        .map(v -> v.code() + ": " + v.message())
                                        .collect(Collectors.joining("; ")));
                    }
                    return article;
                },
                deadLetters,
                metrics);
    }

    private static List<Stage> nlpStages(Enricher enricher, DeadLetters deadLetters, PipelineMetrics metrics) {
        return List.of(
                new Stage(
                        "clean-text",
                        article -> article.withCleaned(enricher.clean(article.input())),
                        deadLetters,
                        metrics),
                new Stage(
                        "detect-language",
                        article -> article.withLanguage(enricher.detectLanguage(
                                article.cleaned(), article.input().languageHint())),
                        deadLetters,
                        metrics),
                new Stage(
                        "tag-entities",
                        article -> article.withEntities(enricher.tagEntities(article.cleaned(), article.language())),
                        deadLetters,
                        metrics));
    }

    private static EnrichedArticle toEnriched(InFlight article, Enricher enricher, Clock clock) {
        EnrichmentResult result = new EnrichmentResult(
                article.cleaned(),
                article.language(),
                article.entities(),
                enricher.contentHash(article.cleaned()),
                enricher.modelVersions());
        EnrichedArticle enriched = ArticleMapper.toEnriched(
                article.raw(),
                result,
                clock.instant(),
                article.source().topic(),
                article.source().partition(),
                article.source().offset());
        enriched.setTruncated(enricher.isTruncatedForNlp(article.cleaned()));
        return enriched;
    }

    private static DuplicateArticle idDuplicate(InFlight article, Clock clock) {
        return DuplicateArticle.newBuilder()
                .setId(article.raw().getId())
                .setOriginalId(article.duplicateOf())
                .setMatchedBy("id")
                .setContentHash(null)
                .setTopic(article.source().topic())
                .setPartition(article.source().partition())
                .setOffset(article.source().offset())
                .setTimestamp(clock.instant())
                .build();
    }
}
