package io.wirestream.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.streams.Topics;
import io.wirestream.streams.TopologySerdes;
import io.wirestream.view.ViewModels.ArticleSummary;
import io.wirestream.view.ViewModels.EntityPage;
import io.wirestream.view.ViewModels.Stats;
import io.wirestream.view.ViewModels.Trending;
import io.wirestream.view.ViewModels.TrendingEntity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewTopologyTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final Instant T0 = Instant.parse("2026-02-04T12:00:10Z");

    @TempDir
    Path stateDir;

    /** Netanyahu's mentions in the Arabic sample, as the models find them (four at the time of writing). */
    private static int netanyahuInArabic;

    private ViewDriver driver;

    @BeforeAll
    static void enrichSamples() {
        netanyahuInArabic = SampleArticles.mentions(SampleArticles.ARABIC, "per:benjamin-netanyahu")
                .size();
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    private void start(ViewOptions options) {
        driver = new ViewDriver(options, stateDir);
    }

    private void pipe(String id, Instant at) {
        driver.pipe(id, at);
    }

    private NewsroomQueries queriesAt(Instant now) {
        return driver.queriesAt(now);
    }

    @Test
    void shouldCountMentionsPerCanonicalIdAndBucketWhenArticlesArriveWithinTheWindow() {
        start(ViewOptions.defaults());
        pipe(SampleArticles.ARABIC, T0);
        pipe(SampleArticles.RUSSIAN, T0.plus(Duration.ofMinutes(2)));

        Trending hour = queriesAt(T0.plus(Duration.ofMinutes(3))).trending(TrendWindow.HOUR, 10);

        TrendingEntity netanyahu = find(hour, "PERSON", "per:benjamin-netanyahu");
        assertThat(netanyahu.count()).isEqualTo(netanyahuInArabic).isGreaterThanOrEqualTo(2);
        assertThat(netanyahu.name()).isEqualTo("Benjamin Netanyahu");
        assertThat(netanyahu.series()).hasSize(60);
        TrendingEntity baku = find(hour, "LOCATION", "loc:baku");
        assertThat(baku.count()).isEqualTo(2);
        // one mention in T0's minute, one two minutes later, the current minute last
        assertThat(baku.series().subList(56, 60)).containsExactly(1L, 0L, 1L, 0L);
        assertThat(hour.byType().get("LOCATION"))
                .isSortedAccordingTo(java.util.Comparator.comparingLong(TrendingEntity::count)
                        .reversed());
        assertThat(hour.byType().values())
                .allSatisfy(entities ->
                        assertThat(entities).noneMatch(e -> e.canonicalId().startsWith("local:")));

        Trending day = queriesAt(T0.plus(Duration.ofMinutes(3))).trending(TrendWindow.DAY, 10);
        assertThat(find(day, "LOCATION", "loc:baku").count()).isEqualTo(2);
        assertThat(find(day, "LOCATION", "loc:baku").series()).hasSize(48).endsWith(2L);
    }

    @Test
    void shouldDropMentionsFromTheHourWhenTheyAreOlderThanAnHourButKeepThemForTheDay() {
        start(ViewOptions.defaults());
        pipe(SampleArticles.ARABIC, T0);
        pipe(SampleArticles.RUSSIAN, T0.plus(Duration.ofMinutes(90)));

        NewsroomQueries later = queriesAt(T0.plus(Duration.ofMinutes(91)));

        assertThat(find(later.trending(TrendWindow.HOUR, 10), "LOCATION", "loc:baku")
                        .count())
                .isEqualTo(1);
        assertThat(later.trending(TrendWindow.HOUR, 10).byType().get("PERSON")).isEmpty();
        assertThat(find(later.trending(TrendWindow.DAY, 10), "LOCATION", "loc:baku")
                        .count())
                .isEqualTo(2);
        assertThat(find(later.trending(TrendWindow.DAY, 10), "PERSON", "per:benjamin-netanyahu")
                        .count())
                .isEqualTo(netanyahuInArabic);
    }

    @Test
    void shouldListLatestArticlesNewestFirstAndEvictTheOldestWhenBeyondTheBound() {
        start(new ViewOptions(3, 200));
        pipe(SampleArticles.ENGLISH, T0.plusSeconds(20));
        pipe(SampleArticles.ARABIC, T0.plusSeconds(10));
        pipe(SampleArticles.FRENCH, T0.plusSeconds(30));
        pipe(SampleArticles.GERMAN, T0);
        NewsroomQueries queries = queriesAt(T0.plusSeconds(60));

        assertThat(queries.latest(10))
                .extracting(ArticleSummary::id)
                .containsExactly(SampleArticles.FRENCH, SampleArticles.ENGLISH, SampleArticles.ARABIC);
        assertThat(queries.article(SampleArticles.GERMAN)).isEmpty();

        pipe(SampleArticles.ARABIC, T0.plusSeconds(40));
        pipe(SampleArticles.RUSSIAN, T0.plusSeconds(35));

        assertThat(queries.latest(10))
                .extracting(ArticleSummary::id)
                .containsExactly(SampleArticles.ARABIC, SampleArticles.RUSSIAN, SampleArticles.FRENCH);
        assertThat(queries.latest(2)).hasSize(2);
        assertThat(queries.article(SampleArticles.ENGLISH)).isEmpty();
        assertThat(queries.article(SampleArticles.ARABIC))
                .hasValueSatisfying(a ->
                        assertThat(a.timestamp()).isEqualTo(T0.plusSeconds(40).toEpochMilli()));
        ArticleSummary arabic = queries.latest(1).get(0);
        assertThat(arabic.title()).startsWith("إسرائيل وأذربيجان");
        assertThat(arabic.language()).isEqualTo("ar");
        assertThat(arabic.source()).isEqualTo("alaraby.co.uk");
        assertThat(arabic.entities())
                .filteredOn(c -> "per:benjamin-netanyahu".equals(c.canonicalId()))
                .singleElement()
                .satisfies(c -> assertThat(c.mentions()).isEqualTo(netanyahuInArabic));
    }

    @Test
    void shouldIndexEveryMentionAcrossLanguagesAndScriptsWhenEntityAppearsInSeveralArticles() {
        start(ViewOptions.defaults());
        pipe(SampleArticles.ARABIC, T0);
        pipe(SampleArticles.RUSSIAN, T0.plusSeconds(5));
        pipe(SampleArticles.ARABIC, T0.plusSeconds(9));
        NewsroomQueries queries = queriesAt(T0.plusSeconds(10));

        EntityPage netanyahu = queries.entity("per:benjamin-netanyahu").orElseThrow();
        assertThat(netanyahu.name()).isEqualTo("Benjamin Netanyahu");
        assertThat(netanyahu.type()).isEqualTo("PERSON");
        // the same article enriched again replaces its mentions instead of doubling them
        assertThat(netanyahu.mentions()).hasSize(netanyahuInArabic).allSatisfy(m -> {
            assertThat(m.articleId()).isEqualTo(SampleArticles.ARABIC);
            assertThat(m.timestamp()).isEqualTo(T0.plusSeconds(9).toEpochMilli());
        });
        assertThat(netanyahu.mentions())
                .extracting(Mention::text)
                .containsExactlyInAnyOrderElementsOf(
                        SampleArticles.mentions(SampleArticles.ARABIC, "per:benjamin-netanyahu").stream()
                                .map(e -> e.getText())
                                .toList())
                .contains("نتنياهو", "Netanyahu");
        assertThat(netanyahu.languages()).containsKeys("ar", "en");
        assertThat(netanyahu.scripts()).containsKeys("Arabic", "Latin");
        assertThat(netanyahu.mentions())
                .filteredOn(m -> m.text().equals("Netanyahu"))
                .allSatisfy(m -> assertThat(m.language()).isEqualTo("en"))
                .allSatisfy(m -> assertThat(m.script()).isEqualTo("Latin"));

        EntityPage baku = queries.entity("loc:baku").orElseThrow();
        assertThat(baku.mentions())
                .extracting(Mention::articleId)
                .containsExactly(SampleArticles.ARABIC, SampleArticles.RUSSIAN);
        assertThat(baku.mentions()).extracting(Mention::text).containsExactly("باكو", "Баку");
        assertThat(baku.scripts()).containsOnlyKeys("Arabic", "Cyrillic");
        assertThat(queries.entity("per:nobody")).isEmpty();
    }

    @Test
    void shouldCountLanguagesSourcesRateAndDeadLettersWhenRecordsArrive() {
        start(ViewOptions.defaults());
        Instant now = Instant.parse("2026-02-04T12:10:00Z");
        pipe(SampleArticles.GERMAN, now.minusSeconds(300));
        pipe(SampleArticles.ARABIC, now.minusSeconds(20));
        pipe(SampleArticles.ENGLISH, now.minusSeconds(10));
        pipe(SampleArticles.FRENCH, now.minusSeconds(5));
        driver.deadLetters.pipeInput("k".getBytes(StandardCharsets.UTF_8), deadLetter("NULL_VALUE"), now);
        driver.deadLetters.pipeInput("k".getBytes(StandardCharsets.UTF_8), deadLetter("NULL_VALUE"), now);
        driver.deadLetters.pipeInput("k".getBytes(StandardCharsets.UTF_8), deadLetter("UNKNOWN_MAGIC_BYTE"), now);

        Stats stats = queriesAt(now).stats();

        assertThat(stats.totalArticles()).isEqualTo(4);
        assertThat(stats.articlesLastMinute()).isEqualTo(3);
        assertThat(stats.articlesPerSecond()).isEqualTo(3 / 60.0);
        assertThat(stats.recentRate()).hasSize(120);
        assertThat(stats.recentRate().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        assertThat(stats.languages()).containsOnlyKeys("ar", "en", "fr", "de");
        assertThat(stats.sources()).containsEntry("alaraby.co.uk", 1L).hasSize(4);
        assertThat(stats.totalDeadLetters()).isEqualTo(3);
        assertThat(stats.deadLettersByReason())
                .containsExactly(Map.entry("NULL_VALUE", 2L), Map.entry("UNKNOWN_MAGIC_BYTE", 1L));
    }

    @Test
    void shouldNameEveryOperatorStoreAndInternalTopicWhenBuilt() {
        String description = ViewTopology.build(
                        TOPICS,
                        TopologySerdes.avro(Map.of("schema.registry.url", "mock://naming")),
                        ViewOptions.defaults())
                .describe()
                .toString();

        assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
        assertThat(description)
                .contains(
                        "index-articles",
                        "extract-mentions",
                        "mentions-by-canonical-id-repartition",
                        "count-mentions-hour",
                        "count-mentions-day",
                        "articles-by-language-repartition",
                        "dead-letters-by-reason-repartition");
        for (String store : List.of(
                ViewTopology.ARTICLES_BY_ID,
                ViewTopology.ARTICLES_BY_TIME,
                ViewTopology.ENTITY_MENTIONS,
                "mention-counts-hour",
                "mention-counts-day",
                ViewTopology.ARTICLE_COUNTS_BY_LANGUAGE,
                ViewTopology.ARTICLE_COUNTS_BY_SOURCE,
                ViewTopology.ARTICLE_RATE,
                ViewTopology.DEAD_LETTER_COUNTS_BY_REASON)) {
            assertThat(description).contains(store);
        }
    }

    private static TrendingEntity find(Trending trending, String type, String canonicalId) {
        return trending.byType().get(type).stream()
                .filter(e -> e.canonicalId().equals(canonicalId))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(canonicalId + " not trending as " + type + ": " + trending.byType()));
    }

    private static DeadLetter deadLetter(String reason) {
        return DeadLetter.newBuilder()
                .setKey(ByteBuffer.wrap(new byte[] {1}))
                .setValue(null)
                .setTopic(TOPICS.raw())
                .setPartition(0)
                .setOffset(1)
                .setArticleId(null)
                .setStage("deserialize")
                .setReason(reason)
                .setMessage("test")
                .setExceptionClass(null)
                .setTimestamp(Instant.EPOCH)
                .build();
    }
}
