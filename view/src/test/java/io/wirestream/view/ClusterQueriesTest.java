package io.wirestream.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.view.ClusterQueries.Answer;
import io.wirestream.view.ClusterQueries.Peer;
import io.wirestream.view.ViewModels.ArticleSummary;
import io.wirestream.view.ViewModels.EntityPage;
import io.wirestream.view.ViewModels.Stats;
import io.wirestream.view.ViewModels.Trending;
import io.wirestream.view.ViewModels.TrendingEntity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging answers of several view instances. The instances are {@link ViewDriver}s over disjoint articles,
 * asked directly or over HTTP through a {@link ViewServer} and a {@link PeerReader}.
 */
class ClusterQueriesTest {

    private static final Instant NOW = Instant.parse("2026-02-04T12:00:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final List<String> FIRST =
            List.of(SampleArticles.ARABIC, SampleArticles.FRENCH, SampleArticles.RUSSIAN);
    private static final List<String> SECOND = List.of(SampleArticles.ENGLISH, SampleArticles.GERMAN);

    @TempDir
    Path stateDir;

    private ViewDriver first;
    private ViewDriver second;
    private ViewServer secondServer;

    @BeforeEach
    void start() throws Exception {
        first = new ViewDriver(ViewOptions.defaults(), stateDir.resolve("first"));
        second = new ViewDriver(ViewOptions.defaults(), stateDir.resolve("second"));
        List<String> all = List.of(
                SampleArticles.ARABIC,
                SampleArticles.ENGLISH,
                SampleArticles.FRENCH,
                SampleArticles.GERMAN,
                SampleArticles.RUSSIAN);
        for (int i = 0; i < all.size(); i++) {
            (FIRST.contains(all.get(i)) ? first : second).pipe(all.get(i), NOW.minusSeconds(50 - 10L * i));
        }
        secondServer = ViewServer.start(
                "127.0.0.1", 0, ClusterQueries.alone(second.queriesAt(NOW), CLOCK), () -> "RUNNING", 0);
    }

    @AfterEach
    void stop() {
        secondServer.close();
        first.close();
        second.close();
    }

    private ClusterQueries cluster(NewsroomReader peer) {
        return new ClusterQueries(first.queriesAt(NOW), () -> List.of(new Peer("second:8088", peer)), CLOCK);
    }

    private PeerReader overHttp() {
        return new PeerReader("127.0.0.1:" + secondServer.port(), HttpClient.newHttpClient(), Duration.ofSeconds(5));
    }

    @Test
    void shouldAnswerWhatTheOtherInstanceHoldsWhenAskedOverHttp() {
        NewsroomQueries local = second.queriesAt(NOW);
        PeerReader remote = overHttp();

        assertThat(remote.latest(10)).isEqualTo(local.latest(10));
        Optional<ValueAndTimestamp<EnrichedArticle>> article = remote.article(SampleArticles.ENGLISH);
        assertThat(article).hasValueSatisfying(found -> {
            assertThat(found.value()).isEqualTo(SampleArticles.get(SampleArticles.ENGLISH));
            assertThat(found.timestamp())
                    .isEqualTo(
                            local.article(SampleArticles.ENGLISH).orElseThrow().timestamp());
        });
        assertThat(remote.article(SampleArticles.ARABIC)).isEmpty();
        assertThat(remote.trending(TrendWindow.HOUR, 15, NOW.toEpochMilli()))
                .isEqualTo(local.trending(TrendWindow.HOUR, 15));
        assertThat(remote.stats(NOW.toEpochMilli())).isEqualTo(local.stats());
        String canonicalId = local.latest(10).get(0).entities().stream()
                .filter(chip -> chip.canonicalId() != null)
                .findFirst()
                .orElseThrow()
                .canonicalId();
        assertThat(remote.entity(canonicalId)).isEqualTo(local.entity(canonicalId));
        assertThat(remote.entity("per:nobody")).isEmpty();
    }

    @Test
    void shouldListTheNewestArticlesOfAllInstancesNewestFirstWhenMerging() {
        Answer<List<ArticleSummary>> latest = cluster(overHttp()).latest(4);

        assertThat(latest.partial()).isFalse();
        // piped 10 s apart in the order ARABIC, ENGLISH, FRENCH, GERMAN, RUSSIAN; the oldest falls off the limit
        assertThat(latest.value())
                .extracting(ArticleSummary::id)
                .containsExactly(
                        SampleArticles.RUSSIAN, SampleArticles.GERMAN, SampleArticles.FRENCH, SampleArticles.ENGLISH);
    }

    @Test
    void shouldFindAnArticleOnWhicheverInstanceKeepsItWhenAskedAnywhere() {
        ClusterQueries cluster = cluster(overHttp());

        assertThat(cluster.article(SampleArticles.GERMAN).value())
                .hasValueSatisfying(found -> assertThat(found.value().getId()).isEqualTo(SampleArticles.GERMAN));
        assertThat(cluster.article(SampleArticles.ARABIC).value()).isPresent();
        assertThat(cluster.article("nope").value()).isEmpty();
    }

    @Test
    void shouldAddUpCountsAndRatesWhenMergingStats() {
        Stats merged = cluster(overHttp()).stats().value();
        Stats a = first.queriesAt(NOW).stats();
        Stats b = second.queriesAt(NOW).stats();

        assertThat(merged.totalArticles()).isEqualTo(5).isEqualTo(a.totalArticles() + b.totalArticles());
        assertThat(merged.articlesLastMinute()).isEqualTo(a.articlesLastMinute() + b.articlesLastMinute());
        assertThat(merged.languages())
                .containsEntry("ar", 1L)
                .containsEntry("en", 1L)
                .containsEntry("de", 1L)
                .hasSize(5);
        assertThat(merged.recentRate().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(a.recentRate().stream().mapToLong(Long::longValue).sum()
                        + b.recentRate().stream().mapToLong(Long::longValue).sum());
        assertThat(merged.at()).isEqualTo(a.at());
    }

    @Test
    void shouldKeepTheTopEntitiesOfEachTypeAndTheLargerOfTwoCopiesWhenMergingTrending() {
        List<Long> series = List.of(0L, 1L);
        Trending one = new Trending(
                "hour",
                "f",
                "t",
                300,
                Map.of(
                        "PERSON",
                        List.of(
                                new TrendingEntity("per:a", "A", "PERSON", 5, series),
                                new TrendingEntity("per:b", "B", "PERSON", 2, series))));
        Trending two = new Trending(
                "hour",
                "f",
                "t",
                300,
                Map.of(
                        "PERSON",
                        List.of(
                                new TrendingEntity("per:c", "C", "PERSON", 4, series),
                                new TrendingEntity("per:b", "B", "PERSON", 3, series)),
                        "LOCATION",
                        List.of(new TrendingEntity("loc:x", "X", "LOCATION", 1, series))));

        Trending merged = ClusterQueries.mergeTrending(List.of(one, two), 2);

        assertThat(merged.byType().get("PERSON"))
                .extracting(TrendingEntity::canonicalId, TrendingEntity::count)
                .containsExactly(tuple("per:a", 5L), tuple("per:c", 4L));
        assertThat(merged.byType().get("LOCATION"))
                .extracting(TrendingEntity::canonicalId)
                .containsExactly("loc:x");
        assertThat(ClusterQueries.mergeTrending(List.of(one, two), 3).byType().get("PERSON"))
                .extracting(TrendingEntity::count)
                .containsExactly(5L, 4L, 3L);
    }

    @Test
    void shouldAnswerWithWhatItHasAndNameTheSilentInstanceWhenAPeerFails() {
        NewsroomReader down = new NewsroomReader() {
            private UncheckedIOException refused() {
                return new UncheckedIOException(new IOException("view instance second:8088: connection refused"));
            }

            @Override
            public List<ArticleSummary> latest(int limit) {
                throw refused();
            }

            @Override
            public Optional<ValueAndTimestamp<EnrichedArticle>> article(String id) {
                throw refused();
            }

            @Override
            public Trending trending(TrendWindow window, int perType, long at) {
                throw refused();
            }

            @Override
            public Optional<EntityPage> entity(String canonicalId) {
                throw refused();
            }

            @Override
            public Stats stats(long at) {
                throw refused();
            }
        };
        ClusterQueries cluster = cluster(down);

        Answer<List<ArticleSummary>> latest = cluster.latest(10);
        Answer<Stats> stats = cluster.stats();

        assertThat(latest.partial()).isTrue();
        assertThat(latest.unreachable()).containsExactly("second:8088");
        assertThat(latest.value()).extracting(ArticleSummary::id).containsExactlyInAnyOrderElementsOf(FIRST);
        assertThat(stats.value().totalArticles()).isEqualTo(3);
        assertThat(cluster.entity("per:benjamin-netanyahu").partial()).isTrue();
    }

    @Test
    void shouldMarkAnswersPartialWhenThisInstanceIsStillRebalancing() {
        ClusterQueries settling = new ClusterQueries(first.queriesAt(NOW), List::of, CLOCK, () -> false);

        Answer<Stats> stats = settling.stats();

        assertThat(stats.partial()).isTrue();
        assertThat(stats.unreachable()).containsExactly(ClusterQueries.THIS_INSTANCE_SETTLING);
        assertThat(stats.value().totalArticles()).isEqualTo(3);
    }

    @Test
    void shouldSayWhichInstanceIsMissingWhenAPageIsPartial() {
        String page = Pages.partial(Pages.message("Latest", "x", 0), List.of("10.0.0.2:8088"));

        assertThat(page)
                .contains(
                        "<main id=\"main\"><p class=\"notice\" role=\"status\">Partial answer: missing what 10.0.0.2:8088 should add");
    }
}
