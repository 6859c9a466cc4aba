package io.wirestream.view;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.view.ViewModels.ArticleSummary;
import io.wirestream.view.ViewModels.EntityPage;
import io.wirestream.view.ViewModels.Stats;
import io.wirestream.view.ViewModels.Trending;
import io.wirestream.view.ViewModels.TrendingEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view's answers for all partitions: this instance's {@link NewsroomQueries} merged with the same
 * questions asked of every other instance of the view application ({@link PeerReader}, found through
 * Kafka Streams' metadata; see {@link ViewSettings} {@code view.advertised.host}). With one instance
 * there is nobody to ask and the answers are the local ones.
 *
 * <p>Merging is exact because every aggregate is keyed by what it counts and each key lives on exactly
 * one instance: the latest articles are the newest of each instance's newest; trending entities the top
 * of each instance's top (an entity's whole count is on one instance); counts by language, source and
 * reason are disjoint and add up; the rate series add bucket by bucket, every instance computing them
 * for the same instant. An article or an entity is looked up everywhere and found where it lives.
 *
 * <p>An instance that does not answer (down, rebalancing, not ready) makes the answer {@link Answer#partial()
 * partial}: the pages say so instead of silently showing less. Thread-safe.
 */
public final class ClusterQueries {

    /** How a partial answer names this instance while it rebalances or restores its stores. */
    static final String THIS_INSTANCE_SETTLING = "this instance (rebalancing or restoring)";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterQueries.class);
    /** Waits for peers' HTTP answers (each bounded by its timeout) so that they are asked at once. */
    private static final ExecutorService ASKING = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "wirestream-view-peers");
        thread.setDaemon(true);
        return thread;
    });

    /** An answer and the instances that could not contribute to it (empty when complete). */
    public record Answer<T>(T value, List<String> unreachable) {

        public Answer {
            unreachable = List.copyOf(unreachable);
        }

        /** True when some instance did not answer, so the value covers only part of the partitions. */
        public boolean partial() {
            return !unreachable.isEmpty();
        }
    }

    /** Another instance of the view, by the {@code host:port} it advertises. */
    record Peer(String name, NewsroomReader reader) {}

    private final NewsroomQueries local;
    private final Supplier<List<Peer>> peers;
    private final Clock clock;
    private final BooleanSupplier settled;

    ClusterQueries(NewsroomQueries local, Supplier<List<Peer>> peers, Clock clock) {
        this(local, peers, clock, () -> true);
    }

    /**
     * @param settled false while this instance's Kafka Streams rebalances or restores, when its own stores
     *                may hold only part of their partitions: answers are then marked partial
     */
    ClusterQueries(NewsroomQueries local, Supplier<List<Peer>> peers, Clock clock, BooleanSupplier settled) {
        this.local = local;
        this.peers = peers;
        this.clock = clock;
        this.settled = settled;
    }

    /** Only this instance's answers: for a view that runs alone, and for tests. */
    public static ClusterQueries alone(NewsroomQueries local, Clock clock) {
        return new ClusterQueries(local, List::of, clock);
    }

    /** This instance's own stores, which it serves to the other instances. */
    public NewsroomQueries local() {
        return local;
    }

    /** The newest articles of all partitions, newest first. */
    public Answer<List<ArticleSummary>> latest(int limit) {
        return ask(
                reader -> reader.latest(limit),
                lists -> lists.stream()
                        .flatMap(List::stream)
                        .sorted(Comparator.comparing((ArticleSummary a) -> Instant.parse(a.receivedAt()))
                                .reversed()
                                .thenComparing(ArticleSummary::id))
                        .limit(limit)
                        .toList());
    }

    /** One article, from whichever instance keeps it. */
    public Answer<Optional<ValueAndTimestamp<EnrichedArticle>>> article(String id) {
        return ask(
                reader -> reader.article(id),
                found -> found.stream()
                        .flatMap(Optional::stream)
                        .max(Comparator.comparingLong(ValueAndTimestamp::timestamp)));
    }

    /** Trending entities of all partitions in the window ending now. */
    public Answer<Trending> trending(TrendWindow window, int perType) {
        long at = clock.millis();
        return ask(reader -> reader.trending(window, perType, at), all -> mergeTrending(all, perType));
    }

    /** Every recent mention of one entity, from whichever instance keeps its mentions. */
    public Answer<Optional<EntityPage>> entity(String canonicalId) {
        // one instance owns the key; a stale copy (standby, rebalance) never has more mentions than the owner
        return ask(
                reader -> reader.entity(canonicalId),
                found -> found.stream()
                        .flatMap(Optional::stream)
                        .max(Comparator.comparingInt(
                                (EntityPage page) -> page.mentions().size())));
    }

    /** Counters of all partitions as of now. */
    public Answer<Stats> stats() {
        long at = clock.millis();
        return ask(reader -> reader.stats(at), ClusterQueries::mergeStats);
    }

    /**
     * Asks this instance and every peer at once and merges what they answer. The local answer is
     * required (its failure, e.g. the stores not being ready, is the caller's to report); a peer's
     * failure only makes the answer partial.
     */
    private <T, R> Answer<R> ask(Function<NewsroomReader, T> question, Function<List<T>, R> merge) {
        List<Peer> others = peers.get();
        List<CompletableFuture<T>> remote = new ArrayList<>(others.size());
        for (Peer peer : others) {
            remote.add(CompletableFuture.supplyAsync(() -> question.apply(peer.reader()), ASKING));
        }
        List<T> answers = new ArrayList<>(others.size() + 1);
        answers.add(question.apply(local));
        List<String> unreachable = new ArrayList<>();
        if (!settled.getAsBoolean()) {
            unreachable.add(THIS_INSTANCE_SETTLING);
        }
        for (int i = 0; i < others.size(); i++) {
            try {
                answers.add(remote.get(i).join());
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                LOG.warn("View instance {} did not answer: {}", others.get(i).name(), cause.getMessage());
                unreachable.add(others.get(i).name());
            }
        }
        return new Answer<>(merge.apply(answers), unreachable);
    }

    static Trending mergeTrending(List<Trending> answers, int perType) {
        Trending first = answers.get(0);
        Map<String, List<TrendingEntity>> byType = new LinkedHashMap<>();
        for (Trending answer : answers) {
            answer.byType()
                    .forEach((type, entities) ->
                            byType.computeIfAbsent(type, t -> new ArrayList<>()).addAll(entities));
        }
        byType.replaceAll((type, entities) -> {
            // a stale copy of an entity's count on a second instance: keep the larger
            Map<String, TrendingEntity> unique = new HashMap<>();
            entities.forEach(e -> unique.merge(e.canonicalId(), e, (a, b) -> a.count() >= b.count() ? a : b));
            return unique.values().stream()
                    .sorted(Comparator.comparingLong(TrendingEntity::count)
                            .reversed()
                            .thenComparing(TrendingEntity::canonicalId))
                    .limit(perType)
                    .toList();
        });
        return new Trending(first.window(), first.from(), first.to(), first.bucketSeconds(), byType);
    }

    static Stats mergeStats(List<Stats> answers) {
        Stats first = answers.get(0);
        long[] rate = new long[first.recentRate().size()];
        Map<String, Long> languages = new HashMap<>();
        Map<String, Long> sources = new HashMap<>();
        Map<String, Long> deadLetters = new HashMap<>();
        for (Stats answer : answers) {
            for (int i = 0; i < rate.length && i < answer.recentRate().size(); i++) {
                rate[i] += answer.recentRate().get(i);
            }
            answer.languages().forEach((k, v) -> languages.merge(k, v, Long::sum));
            answer.sources().forEach((k, v) -> sources.merge(k, v, Long::sum));
            answer.deadLettersByReason().forEach((k, v) -> deadLetters.merge(k, v, Long::sum));
        }
        long lastMinute = answers.stream().mapToLong(Stats::articlesLastMinute).sum();
        return new Stats(
                first.at(),
                lastMinute / 60.0,
                lastMinute,
                languages.values().stream().mapToLong(Long::longValue).sum(),
                first.rateBucketSeconds(),
                Arrays.stream(rate).boxed().toList(),
                NewsroomQueries.sortedByCount(languages),
                NewsroomQueries.sortedByCount(sources),
                deadLetters.values().stream().mapToLong(Long::longValue).sum(),
                NewsroomQueries.sortedByCount(deadLetters));
    }
}
