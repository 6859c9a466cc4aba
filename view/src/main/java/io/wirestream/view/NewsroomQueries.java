package io.wirestream.view;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.view.ViewModels.ArticleSummary;
import io.wirestream.view.ViewModels.Chip;
import io.wirestream.view.ViewModels.EntityPage;
import io.wirestream.view.ViewModels.Stats;
import io.wirestream.view.ViewModels.Trending;
import io.wirestream.view.ViewModels.TrendingEntity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Answers the view's questions from the state stores of this instance: every partition it hosts (with
 * one view instance, all of them). {@link ClusterQueries} merges these answers with the other
 * instances'. Thread-safe: stores are read-only views and nothing is cached here.
 */
public final class NewsroomQueries implements NewsroomReader {

    private static final List<String> TYPES =
            Arrays.stream(EntityType.values()).map(Enum::name).toList();

    private final ViewStores stores;
    private final Clock clock;

    public NewsroomQueries(ViewStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public List<ArticleSummary> latest(int limit) {
        ReadOnlyKeyValueStore<String, String> byTime = stores.keyValue(ViewTopology.ARTICLES_BY_TIME);
        List<KeyValue<String, String>> index = new ArrayList<>();
        try (KeyValueIterator<String, String> all = byTime.all()) {
            all.forEachRemaining(index::add);
        }
        // one iterator per partition, each newest first: merge them
        index.sort(Comparator.comparing(entry -> entry.key));
        ReadOnlyKeyValueStore<String, ValueAndTimestamp<EnrichedArticle>> byId =
                stores.timestampedKeyValue(ViewTopology.ARTICLES_BY_ID);
        List<ArticleSummary> latest = new ArrayList<>();
        for (KeyValue<String, String> entry : index) {
            if (latest.size() >= limit) {
                break;
            }
            ValueAndTimestamp<EnrichedArticle> article = byId.get(entry.value);
            if (article != null) {
                latest.add(summary(article.value(), article.timestamp()));
            }
        }
        return latest;
    }

    @Override
    public Optional<ValueAndTimestamp<EnrichedArticle>> article(String id) {
        return Optional.ofNullable(stores.<EnrichedArticle>timestampedKeyValue(ViewTopology.ARTICLES_BY_ID)
                .get(id));
    }

    /** The summary of an article as the list shows it. */
    public static ArticleSummary summary(EnrichedArticle article, long receivedAt) {
        return new ArticleSummary(
                article.getId(),
                article.getTitle(),
                article.getSource(),
                article.getUrl(),
                article.getLanguage(),
                article.getPublishedAt() == null
                        ? null
                        : article.getPublishedAt().toString(),
                Instant.ofEpochMilli(receivedAt).toString(),
                article.getNearDuplicateOf(),
                chips(article));
    }

    /** One chip per entity (by canonical id, else surface form), in order of first mention. */
    public static List<Chip> chips(EnrichedArticle article) {
        Map<String, Chip> chips = new LinkedHashMap<>();
        for (Entity entity : article.getEntities()) {
            String key = entity.getCanonicalId() != null
                    ? entity.getCanonicalId()
                    : entity.getType() + "|" + entity.getText();
            Chip previous = chips.get(key);
            String name = entity.getCanonicalName() != null ? entity.getCanonicalName() : entity.getText();
            chips.put(
                    key,
                    new Chip(
                            entity.getCanonicalId(),
                            previous != null ? previous.name() : name,
                            entity.getType().name(),
                            previous != null ? previous.mentions() + 1 : 1));
        }
        return List.copyOf(chips.values());
    }

    /** The most mentioned entities of each type in the window ending now, at most {@code perType} each. */
    public Trending trending(TrendWindow window, int perType) {
        return trending(window, perType, clock.millis());
    }

    @Override
    public Trending trending(TrendWindow window, int perType, long now) {
        long bucket = window.bucket().toMillis();
        long to = now - Math.floorMod(now, bucket);
        long from = to - (window.buckets() - 1) * bucket;
        Map<String, long[]> series = new HashMap<>();
        Map<String, EntityCount> latest = new HashMap<>();
        ReadOnlyWindowStore<String, EntityCount> counts = stores.window(window.storeName());
        try (KeyValueIterator<Windowed<String>, EntityCount> buckets =
                counts.fetchAll(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
            while (buckets.hasNext()) {
                KeyValue<Windowed<String>, EntityCount> entry = buckets.next();
                String canonicalId = entry.key.key();
                int index = (int) ((entry.key.window().start() - from) / bucket);
                if (index < 0 || index >= window.buckets() || entry.value == null) {
                    continue;
                }
                series.computeIfAbsent(canonicalId, id -> new long[window.buckets()])[index] += entry.value.count();
                latest.merge(canonicalId, entry.value, (a, b) -> b);
            }
        }
        Map<String, List<TrendingEntity>> byType = new LinkedHashMap<>();
        TYPES.forEach(type -> byType.put(type, new ArrayList<>()));
        series.forEach((canonicalId, points) -> {
            EntityCount count = latest.get(canonicalId);
            byType.computeIfAbsent(
                            count.type() == null ? EntityType.MISC.name() : count.type(), type -> new ArrayList<>())
                    .add(new TrendingEntity(
                            canonicalId,
                            count.canonicalName(),
                            count.type(),
                            Arrays.stream(points).sum(),
                            Arrays.stream(points).boxed().toList()));
        });
        byType.replaceAll((type, entities) -> entities.stream()
                .sorted(Comparator.comparingLong(TrendingEntity::count)
                        .reversed()
                        .thenComparing(TrendingEntity::canonicalId))
                .limit(perType)
                .toList());
        return new Trending(
                window.key(),
                Instant.ofEpochMilli(from).toString(),
                Instant.ofEpochMilli(to + bucket).toString(),
                window.bucket().toSeconds(),
                byType);
    }

    @Override
    public Optional<EntityPage> entity(String canonicalId) {
        MentionList list =
                stores.<MentionList>keyValue(ViewTopology.ENTITY_MENTIONS).get(canonicalId);
        if (list == null || list.mentions().isEmpty()) {
            return Optional.empty();
        }
        List<Mention> mentions = list.mentions();
        String name = mentions.stream()
                .map(Mention::canonicalName)
                .filter(n -> n != null && !n.isBlank())
                .findFirst()
                .orElse(mentions.get(0).text());
        return Optional.of(new EntityPage(
                canonicalId,
                name,
                mentions.get(0).type(),
                mentions,
                countBy(mentions, Mention::language),
                countBy(mentions, Mention::script),
                countBy(mentions, Mention::text)));
    }

    /** Throughput, totals, languages, sources and dead letters as of now. */
    public Stats stats() {
        return stats(clock.millis());
    }

    @Override
    public Stats stats(long now) {
        long bucket = ViewTopology.RATE_BUCKET.toMillis();
        int points = (int) (Duration.ofMinutes(10).toMillis() / bucket);
        long to = now - Math.floorMod(now, bucket);
        long from = to - (points - 1) * bucket;
        long[] rate = new long[points];
        ReadOnlyWindowStore<String, Long> windows = stores.window(ViewTopology.ARTICLE_RATE);
        try (KeyValueIterator<Windowed<String>, Long> buckets =
                windows.fetchAll(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
            buckets.forEachRemaining(entry -> {
                int index = (int) ((entry.key.window().start() - from) / bucket);
                if (index >= 0 && index < points && entry.value != null) {
                    rate[index] += entry.value;
                }
            });
        }
        // the last minute: the current bucket and the ones before it that fit into 60 s
        int lastMinuteBuckets = (int) (Duration.ofMinutes(1).toMillis() / bucket);
        long lastMinute =
                Arrays.stream(rate, points - lastMinuteBuckets, points).sum();
        Map<String, Long> languages = counts(ViewTopology.ARTICLE_COUNTS_BY_LANGUAGE);
        Map<String, Long> deadLetters = counts(ViewTopology.DEAD_LETTER_COUNTS_BY_REASON);
        return new Stats(
                Instant.ofEpochMilli(now).toString(),
                lastMinute / 60.0,
                lastMinute,
                languages.values().stream().mapToLong(Long::longValue).sum(),
                bucket / 1000,
                Arrays.stream(rate).boxed().toList(),
                languages,
                counts(ViewTopology.ARTICLE_COUNTS_BY_SOURCE),
                deadLetters.values().stream().mapToLong(Long::longValue).sum(),
                deadLetters);
    }

    /** A count store's entries, largest first, ties by key. */
    private Map<String, Long> counts(String store) {
        Map<String, Long> counts = new HashMap<>();
        try (KeyValueIterator<String, Long> all = stores.<Long>keyValue(store).all()) {
            all.forEachRemaining(e -> counts.put(e.key, e.value));
        }
        return sortedByCount(counts);
    }

    private static Map<String, Long> countBy(List<Mention> mentions, java.util.function.Function<Mention, String> key) {
        Map<String, Long> counts = new HashMap<>();
        mentions.forEach(m -> counts.merge(key.apply(m), 1L, Long::sum));
        return sortedByCount(counts);
    }

    /** Largest count first, ties by key: the order of every count the view shows. */
    static Map<String, Long> sortedByCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
