package io.wirestream.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.Enricher;
import io.wirestream.enrichment.clean.TextCleaner;
import io.wirestream.enrichment.entity.EntityTagger;
import io.wirestream.enrichment.lang.LanguageDetector;
import io.wirestream.enrichment.validate.ArticleValidator;
import io.wirestream.registry.MockSchemaRegistry;
import io.wirestream.serde.SpecificAvroSerializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichmentTopologyTest {

    private static final Instant NOW = Instant.parse("2026-02-04T12:00:00Z");
    private static final Topics TOPICS = Topics.defaults();
    private static final DedupSettings DEDUP = new DedupSettings(java.time.Duration.ofHours(1), 1, 0.5);
    private static Enricher enricher;

    private String scope;
    private Map<String, Object> serdeConfig;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;
    private TestOutputTopic<String, DuplicateArticle> duplicates;
    private SpecificAvroSerializer<RawArticle> rawSerializer;

    @BeforeAll
    static void loadModels() {
        enricher = Enricher.loadDefault();
    }

    @BeforeEach
    void startDriver() {
        start(enricher);
    }

    private void start(Enricher chain) {
        scope = "topology-" + UUID.randomUUID();
        serdeConfig = Map.of("schema.registry.url", "mock://" + scope);
        TopologySerdes serdes = TopologySerdes.avro(serdeConfig);
        Topology topology = EnrichmentTopology.build(
                TOPICS,
                serdes,
                chain,
                TopologyOptions.defaults().withDedup(DEDUP).withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic(TOPICS.raw(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(
                TOPICS.enriched(),
                new StringDeserializer(),
                serdes.enrichedArticle().deserializer());
        deadLetters = driver.createOutputTopic(
                TOPICS.deadLetter(),
                new ByteArrayDeserializer(),
                serdes.deadLetter().deserializer());
        duplicates = driver.createOutputTopic(
                TOPICS.duplicates(),
                new StringDeserializer(),
                serdes.duplicateArticle().deserializer());
        rawSerializer = new SpecificAvroSerializer<>(RawArticle.class);
        rawSerializer.configure(serdeConfig, false);
    }

    @AfterEach
    void stopDriver() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }

    private void send(RawArticle article) {
        send(article, NOW);
    }

    private void send(RawArticle article, Instant timestamp) {
        raw.pipeInput(
                article.getId().getBytes(StandardCharsets.UTF_8),
                rawSerializer.serialize(TOPICS.raw(), article),
                timestamp);
    }

    private static RawArticle article(String id, String title, String body) {
        return RawArticle.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody(body)
                .setSource("test")
                .setUrl(null)
                .setMetadata(Map.of("k", "v"))
                .build();
    }

    @Test
    void shouldEnrichSampleArticleWhenItIsValid() throws Exception {
        String body = Files.readString(Path.of("../samples/000_e0b798d0f20a28bd.txt"), StandardCharsets.UTF_8);
        send(article("e0b798d0f20a28bd", "إسرائيل وأذربيجان توقعان مذكرة تفاهم", body));

        TestRecord<String, EnrichedArticle> record = enriched.readRecord();
        EnrichedArticle article = record.value();
        assertThat(record.key()).isEqualTo("e0b798d0f20a28bd");
        assertThat(article.getLanguage()).isEqualTo("ar");
        assertThat(article.getText()).startsWith("وقّعت إسرائيل");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
        assertThat(article.getPublishedAtSource()).isEqualTo("text");
        assertThat(article.getCredits()).containsExactly("الأناضول", "العربي الجديد");
        assertThat(article.getEmbeds()).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo("tweet");
            assertThat(e.getHandle()).isEqualTo("IsraeliPM");
        });
        assertThat(article.getSegments()).extracting(s -> s.getLanguage()).containsSubsequence("ar", "en", "ar");
        assertThat(article.getEntities())
                .filteredOn(e -> e.getType() == EntityType.LOCATION)
                .extracting(e -> e.getCanonicalName())
                .contains("Israel", "Azerbaijan", "Jerusalem", "Baku", "Tel Aviv", "Gaza");
        assertThat(article.getMetadata()).containsEntry("k", "v");
        assertThat(article.getProvenance().getProcessedAt()).isEqualTo(NOW);
        assertThat(article.getProvenance().getModelVersions())
                .containsKeys("clean-text", "detect-language", "tag-entities");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterWithOriginalBytesWhenValueIsNotAvro() {
        byte[] value = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("k1".getBytes(StandardCharsets.UTF_8), value);

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getReason()).isEqualTo("UNKNOWN_MAGIC_BYTE");
        assertThat(letter.getStage()).isEqualTo("deserialize");
        assertThat(letter.getTopic()).isEqualTo(TOPICS.raw());
        assertThat(letter.getOffset()).isZero();
        assertThat(letter.getArticleId()).isEqualTo("k1");
        assertThat(letter.getValue().array()).isEqualTo(value);
        assertThat(letter.getKey().array()).isEqualTo("k1".getBytes(StandardCharsets.UTF_8));
        assertThat(letter.getExceptionClass()).endsWith("WireFormatException");
        assertThat(letter.getTimestamp()).isEqualTo(NOW);
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterWhenValueIsNullOrTruncatedOrHasUnknownSchemaId() {
        raw.pipeInput("null".getBytes(StandardCharsets.UTF_8), (byte[]) null);
        byte[] valid = rawSerializer.serialize(TOPICS.raw(), article("t", "T", "Some text."));
        byte[] truncated = java.util.Arrays.copyOf(valid, valid.length - 4);
        raw.pipeInput("truncated".getBytes(StandardCharsets.UTF_8), truncated);
        byte[] unknownId = valid.clone();
        unknownId[4] = 99;
        raw.pipeInput("unknown-id".getBytes(StandardCharsets.UTF_8), unknownId);
        raw.pipeInput("short".getBytes(StandardCharsets.UTF_8), new byte[] {0, 0});

        assertThat(deadLetters.readValuesToList())
                .extracting(DeadLetter::getReason)
                .containsExactly("NULL_VALUE", "MALFORMED_AVRO", "UNKNOWN_SCHEMA_ID", "TOO_SHORT");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterWithValidationReasonWhenArticleIsInvalid() {
        send(article("", "title", "body text"));
        send(article("no-text", "", ""));
        send(RawArticle.newBuilder(article("bad-url", "t", "Body text."))
                .setUrl("javascript:alert(1)")
                .build());

        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).extracting(DeadLetter::getReason).containsExactly("MISSING_ID", "NO_TEXT", "INVALID_URL");
        assertThat(letters).allSatisfy(l -> {
            assertThat(l.getStage()).isEqualTo("validate-article");
            assertThat(l.getMessage()).isNotBlank();
        });
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterAndKeepRunningWhenStageThrows() {
        driver.close();
        EntityTagger failing = (text, language) -> {
            if (text.contains("poison")) {
                throw new IllegalStateException("tagger exploded");
            }
            return List.of();
        };
        LanguageDetector detector = enricherDetector();
        start(new Enricher(
                new ArticleValidator(), new TextCleaner(), detector, failing, Map.of("tag-entities", "failing")));

        send(article("p1", "t", "This poison article breaks the tagger."));
        send(article("p2", "t", "This one is fine and goes through."));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getArticleId()).isEqualTo("p1");
        assertThat(letter.getStage()).isEqualTo("tag-entities");
        assertThat(letter.getReason()).isEqualTo("STAGE_FAILED");
        assertThat(letter.getMessage()).contains("tagger exploded");
        assertThat(enriched.readValue().getId()).isEqualTo("p2");
    }

    @Test
    void shouldNameEveryProcessorWhenTopologyIsBuilt() {
        Topology topology = EnrichmentTopology.build(TOPICS, TopologySerdes.avro(serdeConfig), enricher);
        TopologyDescription description = topology.describe();

        assertThat(description.subtopologies()).hasSize(2);
        List<String> names = description.subtopologies().stream()
                .flatMap(s -> s.nodes().stream())
                .map(TopologyDescription.Node::name)
                .toList();
        assertThat(names)
                .contains(
                        "read-raw-articles",
                        "parse-article",
                        "validate-article",
                        "dedupe-article-ids",
                        "clean-text",
                        "detect-language",
                        "tag-entities",
                        "route-failures",
                        "route-duplicates",
                        "route-enriched",
                        "build-dead-letter",
                        "build-id-duplicate",
                        "build-enriched-article",
                        "write-dead-letters",
                        "write-id-duplicates",
                        "detect-duplicates",
                        "route-checked-duplicates",
                        "route-checked-enriched",
                        "write-content-duplicates",
                        "key-by-article-id",
                        "write-enriched-articles");
        assertThat(names).noneMatch(n -> n.startsWith("KSTREAM-") || n.startsWith("KTABLE-"));
        assertThat(description.toString()).contains("articles-by-content-repartition", "article-ids", "content-bands");
    }

    private static final String STORY =
            "Water ministers from Egypt, Ethiopia and Sudan met in Geneva on Wednesday for a new "
                    + "round of talks on the management of the Nile, officials said. The United Nations hosted the meeting, which "
                    + "followed months of stalled negotiations. A spokesperson said the delegations had agreed to meet again in Cairo.";

    @Test
    void shouldEmitOnceAndReportDuplicateWhenSameIdArrivesTwiceWithinWindow() {
        send(article("same", "Talks", STORY));
        send(article("same", "Talks", STORY), NOW.plusSeconds(60));
        send(article("same", "Talks", STORY), NOW.plus(java.time.Duration.ofHours(3)));

        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::getId)
                .containsExactly("same", "same");
        DuplicateArticle duplicate = duplicates.readValue();
        assertThat(duplicate.getId()).isEqualTo("same");
        assertThat(duplicate.getOriginalId()).isEqualTo("same");
        assertThat(duplicate.getMatchedBy()).isEqualTo("id");
        assertThat(duplicate.getOffset()).isEqualTo(1);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldReportContentDuplicateWhenSameTextArrivesUnderAnotherId() {
        send(article("wire-1", "Ministers meet in Geneva", STORY));
        send(article("outlet-copy", "MINISTERS MEET IN GENEVA", STORY.replace(" ", "  ")), NOW.plusSeconds(5));

        assertThat(enriched.readValuesToList())
                .extracting(EnrichedArticle::getId)
                .containsExactly("wire-1");
        DuplicateArticle duplicate = duplicates.readValue();
        assertThat(duplicate.getId()).isEqualTo("outlet-copy");
        assertThat(duplicate.getOriginalId()).isEqualTo("wire-1");
        assertThat(duplicate.getMatchedBy()).isEqualTo("content");
        assertThat(duplicate.getContentHash()).hasSize(64);
    }

    @Test
    void shouldFlagNearDuplicateWithSimilarityWhenCopyIsEdited() {
        send(article("wire-2", "Ministers meet in Geneva", STORY));
        send(
                article(
                        "edited",
                        "Nile talks resume in Geneva",
                        STORY.replace("officials said", "diplomats said").replace("Wednesday", "Wednesday morning")),
                NOW.plusSeconds(5));
        send(
                article(
                        "other",
                        "Summit in Vienna",
                        "The heads of government of Austria, Hungary and Slovakia met in Vienna "
                                + "on Monday to discuss transport projects."),
                NOW.plusSeconds(6));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::getId).containsExactly("wire-2", "edited", "other");
        assertThat(out.get(0).getNearDuplicateOf()).isNull();
        assertThat(out.get(1).getNearDuplicateOf()).isEqualTo("wire-2");
        assertThat(out.get(1).getNearDuplicateSimilarity()).isBetween(0.5, 0.99);
        assertThat(out.get(2).getNearDuplicateOf()).isNull();
        assertThat(duplicates.isEmpty()).isTrue();
    }

    private static LanguageDetector enricherDetector() {
        return io.wirestream.enrichment.langid.NgramLanguageDetector.loadDefault();
    }
}
