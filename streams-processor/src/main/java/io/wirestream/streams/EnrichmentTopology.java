package io.wirestream.streams;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.enrichment.EnrichmentException;
import io.wirestream.enrichment.EnrichmentResult;
import io.wirestream.enrichment.Enricher;
import io.wirestream.enrichment.validate.Violation;
import java.time.Clock;
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

/**
 * The enrichment topology, as a pure function of its topics, serdes and enrichment chain:
 *
 * <pre>
 * raw ─ parse-article ─ validate-article ─ clean-text ─ detect-language ─ tag-entities ─ route-
 *                                                                              ├─ enriched → build-enriched-article → enriched
 *                                                                              └─ failed   → build-dead-letter     → dead-letter
 * </pre>
 *
 * Everything is one sub-topology without repartitioning, so with {@code exactly_once_v2} each raw
 * record yields exactly one enriched record or one dead letter, committed atomically with its offset.
 */
public final class EnrichmentTopology {

    private EnrichmentTopology() {
    }

    /** The topology with the system clock for processing times. */
    public static Topology build(Topics topics, TopologySerdes serdes, Enricher enricher) {
        return build(topics, serdes, enricher, Clock.systemUTC());
    }

    /** The topology; {@code clock} stamps provenance and dead letters. */
    public static Topology build(Topics topics, TopologySerdes serdes, Enricher enricher, Clock clock) {
        DeadLetters deadLetters = new DeadLetters(clock);
        StreamsBuilder builder = new StreamsBuilder();

        KStream<byte[], InFlight> processed = builder
                .stream(topics.raw(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-articles"))
                .processValues(() -> new ParseArticle(serdes.rawArticle(), deadLetters), Named.as("parse-article"));
        for (Stage stage : stages(enricher, deadLetters)) {
            processed = processed.mapValues(stage, Named.as(stage.name()));
        }

        processed.split(Named.as("route-"))
                .branch((key, article) -> article.isFailed(), Branched.withConsumer(failed -> failed
                        .map((key, article) -> KeyValue.pair(key, article.failure()), Named.as("build-dead-letter"))
                        .to(topics.deadLetter(), Produced.with(Serdes.ByteArray(), serdes.deadLetter())
                                .withName("write-dead-letters")), "failures"))
                .defaultBranch(Branched.withConsumer(enriched -> enriched
                        .map((key, article) -> KeyValue.pair(article.raw().getId(), toEnriched(article, enricher, clock)),
                                Named.as("build-enriched-article"))
                        .to(topics.enriched(), Produced.with(Serdes.String(), serdes.enrichedArticle())
                                .withName("write-enriched-articles")), "enriched"));
        return builder.build();
    }

    private static List<Stage> stages(Enricher enricher, DeadLetters deadLetters) {
        return List.of(
                new Stage("validate-article", article -> {
                    List<Violation> violations = enricher.validate(article.input());
                    if (!violations.isEmpty()) {
                        throw new EnrichmentException(violations.get(0).code(), "validate", violations.stream()
                                .map(v -> v.code() + ": " + v.message()).collect(Collectors.joining("; ")));
                    }
                    return article;
                }, deadLetters),
                new Stage("clean-text", article -> article.withCleaned(enricher.clean(article.input())), deadLetters),
                new Stage("detect-language", article -> article.withLanguage(
                        enricher.detectLanguage(article.cleaned(), article.input().languageHint())), deadLetters),
                new Stage("tag-entities", article -> article.withEntities(
                        enricher.tagEntities(article.cleaned(), article.language())), deadLetters));
    }

    private static EnrichedArticle toEnriched(InFlight article, Enricher enricher, Clock clock) {
        EnrichmentResult result = new EnrichmentResult(article.cleaned(), article.language(), article.entities(),
                enricher.contentHash(article.cleaned()), enricher.modelVersions());
        return ArticleMapper.toEnriched(article.raw(), result, clock.instant(), article.source().topic(),
                article.source().partition(), article.source().offset());
    }
}
