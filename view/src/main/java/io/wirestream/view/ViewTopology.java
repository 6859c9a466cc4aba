package io.wirestream.view;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.streams.Topics;
import io.wirestream.streams.TopologySerdes;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The newsroom view's topology, a pure function of its topics, serdes and store bounds. It reads the
 * enriched and dead-letter topics and keeps everything the pages show in named state stores, read
 * with interactive queries by {@link NewsroomQueries}:
 *
 * <pre>
 * enriched ─ read-enriched-articles ─┬─ index-articles [articles-by-id, articles-by-time]
 *                                    ├─ extract-mentions ─ [mentions-by-canonical-id repartition] ─┬─ index-mentions [entity-mentions]
 *                                    │                                                           └─ skip-local-entities
 *                                    │                     ─ count-mentions-hour [mention-counts-hour], count-mentions-day [mention-counts-day]
 *                                    ├─ key-by-language ─ [articles-by-language repartition]
 *                                    │                     ─ count-languages [article-counts-by-language], count-article-rate [article-rate]
 *                                    └─ key-by-source ─ [articles-by-source repartition] ─ count-sources [article-counts-by-source]
 * dead-letter ─ read-dead-letters ─ key-by-reason ─ [dead-letters-by-reason repartition] ─ count-dead-letters [dead-letter-counts-by-reason]
 * </pre>
 *
 * Aggregates are keyed by what they count (canonical id, language, source, reason) and repartitioned
 * on it, so they spread over partitions and instances like any Kafka Streams state. Counts use the
 * record timestamp of the enriched article: when it reached the pipeline, not when it was published.
 * Article-local entity ids ({@code local:...}) are indexed for their entity page but never trend: no
 * other article can share them.
 */
public final class ViewTopology {

    /** Article by id, with its record timestamp; the newest {@link ViewOptions#latestArticles()} per partition. */
    public static final String ARTICLES_BY_ID = "articles-by-id";
    /** Time index of {@link #ARTICLES_BY_ID}: newest first key to article id. */
    public static final String ARTICLES_BY_TIME = "articles-by-time";
    /** Canonical id to its newest mentions ({@link MentionList}). */
    public static final String ENTITY_MENTIONS = "entity-mentions";
    /** Language to the number of articles. */
    public static final String ARTICLE_COUNTS_BY_LANGUAGE = "article-counts-by-language";
    /** Source to the number of articles. */
    public static final String ARTICLE_COUNTS_BY_SOURCE = "article-counts-by-source";
    /** Language to the number of articles, in {@link #RATE_BUCKET} windows. */
    public static final String ARTICLE_RATE = "article-rate";
    /** Dead-letter reason code to the number of dead letters. */
    public static final String DEAD_LETTER_COUNTS_BY_REASON = "dead-letter-counts-by-reason";

    /** Bucket of the article-rate windows. */
    public static final Duration RATE_BUCKET = Duration.ofSeconds(5);
    /** How long article-rate buckets are kept. */
    public static final Duration RATE_RETENTION = Duration.ofMinutes(15);

    private ViewTopology() {}

    /** The topology; only {@code topics.enriched()} and {@code topics.deadLetter()} are read. */
    public static Topology build(Topics topics, TopologySerdes serdes, ViewOptions options) {
        Serde<EnrichedArticle> articleSerde = serdes.enrichedArticle();
        Serde<Mention> mentionSerde = new JsonSerde<>(Mention.class);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(ARTICLES_BY_ID), Serdes.String(), articleSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ARTICLES_BY_TIME), Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ENTITY_MENTIONS), Serdes.String(), new JsonSerde<>(MentionList.class)));

        KStream<String, EnrichedArticle> articles = builder.stream(
                topics.enriched(), Consumed.with(Serdes.String(), articleSerde).withName("read-enriched-articles"));
        articles.process(
                () -> new IndexArticles(options.latestArticles()),
                Named.as("index-articles"),
                ARTICLES_BY_ID,
                ARTICLES_BY_TIME);
        KStream<String, EnrichedArticle> present =
                articles.filter((id, article) -> article != null, Named.as("skip-tombstones"));

        KStream<String, Mention> mentions = present.process(ExtractMentions::new, Named.as("extract-mentions"))
                .repartition(Repartitioned.with(Serdes.String(), mentionSerde).withName("mentions-by-canonical-id"));
        mentions.process(
                () -> new IndexMentions(options.mentionsPerEntity()), Named.as("index-mentions"), ENTITY_MENTIONS);
        KGroupedStream<String, Mention> shared = mentions.filter(
                        (canonicalId, mention) -> !Mention.isArticleLocal(canonicalId), Named.as("skip-local-entities"))
                .groupByKey(Grouped.with(Serdes.String(), mentionSerde));
        Serde<EntityCount> countSerde = new JsonSerde<>(EntityCount.class);
        for (TrendWindow window : TrendWindow.values()) {
            shared.windowedBy(TimeWindows.ofSizeAndGrace(window.bucket(), window.grace()))
                    .aggregate(
                            EntityCount::empty,
                            (canonicalId, mention, count) -> count.add(mention),
                            Named.as("count-mentions-" + window.key()),
                            Materialized.<String, EntityCount, WindowStore<Bytes, byte[]>>as(window.storeName())
                                    .withKeySerde(Serdes.String())
                                    .withValueSerde(countSerde)
                                    .withRetention(window.retention()));
        }

        KGroupedStream<String, String> byLanguage = present.map(
                        (id, article) -> KeyValue.pair(article.getLanguage(), id), Named.as("key-by-language"))
                .groupByKey(Grouped.with("articles-by-language", Serdes.String(), Serdes.String()));
        byLanguage.count(Named.as("count-languages"), counts(ARTICLE_COUNTS_BY_LANGUAGE));
        byLanguage
                .windowedBy(TimeWindows.ofSizeAndGrace(RATE_BUCKET, Duration.ofMinutes(1)))
                .count(
                        Named.as("count-article-rate"),
                        Materialized.<String, Long, WindowStore<Bytes, byte[]>>as(ARTICLE_RATE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(Serdes.Long())
                                .withRetention(RATE_RETENTION));
        present.map((id, article) -> KeyValue.pair(sourceOf(article), id), Named.as("key-by-source"))
                .groupByKey(Grouped.with("articles-by-source", Serdes.String(), Serdes.String()))
                .count(Named.as("count-sources"), counts(ARTICLE_COUNTS_BY_SOURCE));

        Serde<DeadLetter> deadLetterSerde = serdes.deadLetter();
        builder.stream(
                        topics.deadLetter(),
                        Consumed.with(Serdes.ByteArray(), deadLetterSerde).withName("read-dead-letters"))
                .filter((key, deadLetter) -> deadLetter != null, Named.as("skip-dead-letter-tombstones"))
                .map(
                        (key, deadLetter) -> KeyValue.pair(deadLetter.getReason(), deadLetter.getStage()),
                        Named.as("key-by-reason"))
                .groupByKey(Grouped.with("dead-letters-by-reason", Serdes.String(), Serdes.String()))
                .count(Named.as("count-dead-letters"), counts(DEAD_LETTER_COUNTS_BY_REASON));
        return builder.build();
    }

    /** Source shown for articles without one. */
    public static final String UNKNOWN_SOURCE = "(unknown)";

    private static String sourceOf(EnrichedArticle article) {
        return article.getSource() == null || article.getSource().isBlank() ? UNKNOWN_SOURCE : article.getSource();
    }

    private static Materialized<String, Long, KeyValueStore<Bytes, byte[]>> counts(String store) {
        return Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(store)
                .withKeySerde(Serdes.String())
                .withValueSerde(Serdes.Long());
    }
}
