package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.config.KafkaConnection;
import io.wirestream.enrichment.Enricher;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import io.wirestream.producer.Rejection;
import io.wirestream.registry.RegistryClientConfig;
import io.wirestream.registry.RestSchemaRegistryClient;
import io.wirestream.streams.EnrichmentProcessor;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import io.wirestream.streams.config.ProcessorSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * The pipeline end to end on a real broker and the local registry: the producer publishes the
 * sample articles (and a broken line it must reject), poison records are written straight to the raw
 * topic, the streams processor runs with exactly_once_v2, and a read_committed consumer with our
 * deserializer checks every enriched record and dead letter.
 */
class PipelineIT extends LocalRuntimeTest {

    private static final Enricher ENRICHER = Enricher.loadDefault();

    @Test
    void shouldEnrichSampleArticlesAndDeadLetterPoisonWhenPipelineRunsOnRealBroker() throws Exception {
        Topics topics = Topics.defaults().withPrefix("pipeline-it.");
        Map<String, String> settings = settings(topics, "pipeline-it");
        ProcessorSettings processorSettings = ProcessorSettings.from(settings);
        TopicSetup.ensure(processorSettings.connection(), topics, 3, (short) -1);

        Path input = tmp.resolve("in.jsonl");
        List<String> lines =
                new ArrayList<>(Files.readAllLines(Path.of("../samples/articles.jsonl"), StandardCharsets.UTF_8));
        lines.add(2, "{\"id\": \"broken\", \"body\": ");
        Files.write(input, lines, StandardCharsets.UTF_8);
        List<Rejection> rejections = new ArrayList<>();
        PublishSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(ProducerSettings.from(settings))) {
            summary = publisher.publishFiles(List.of(input), rejections::add);
        }
        assertThat(summary.sent()).isEqualTo(5);
        assertThat(summary.failed()).isZero();
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("INVALID_JSON");
        });

        writePoison(topics.raw());

        Map<String, EnrichedArticle> enriched = new ConcurrentHashMap<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        KafkaConnection connection = processorSettings.connection();
        try (EnrichmentProcessor processor = new EnrichmentProcessor(processorSettings, ENRICHER);
                TopicReader<EnrichedArticle> enrichedReader =
                        new TopicReader<>(connection, topics.enriched(), EnrichedArticle.class);
                TopicReader<DeadLetter> deadReader =
                        new TopicReader<>(connection, topics.deadLetter(), DeadLetter.class)) {
            processor.start();
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        enrichedReader.poll(
                                Duration.ofMillis(200),
                                r -> enriched.put(r.value().getId(), r.value()));
                        deadReader.poll(Duration.ofMillis(50), r -> deadLetters.add(r.value()));
                        return enriched.size() == 5 && deadLetters.size() == 2;
                    });
            assertOpsEndpoint(processor.opsPort(), topics);
        }

        EnrichedArticle arabic = enriched.get("e0b798d0f20a28bd");
        assertThat(arabic.getLanguage()).isEqualTo("ar");
        assertThat(arabic.getText())
                .doesNotStartWith(" date")
                .doesNotContain("date 2026-02-03")
                .startsWith("وقّعت إسرائيل");
        assertThat(arabic.getPublishedAt()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
        assertThat(arabic.getCredits()).containsExactly("الأناضول", "العربي الجديد");
        assertThat(arabic.getSegments()).extracting(s -> s.getLanguage()).contains("ar", "en");
        assertThat(arabic.getEntities())
                .filteredOn(e -> e.getType() == EntityType.LOCATION)
                .extracting(Entity::getCanonicalName)
                .contains("Israel", "Azerbaijan", "Jerusalem", "Baku");
        assertThat(arabic.getProvenance().getModelVersions()).isNotEmpty();
        assertThat(arabic.getContentHash()).hasSize(64);
        for (Entity entity : arabic.getEntities()) {
            assertThat(arabic.getText().substring(entity.getStart(), entity.getEnd()))
                    .isEqualTo(entity.getText());
        }
        assertThat(enriched.get("sample-de-003").getText())
                .doesNotContain("Startseite")
                .doesNotContain("tracking")
                .contains("Wien");

        assertThat(deadLetters)
                .extracting(DeadLetter::getReason)
                .containsExactlyInAnyOrder("UNKNOWN_MAGIC_BYTE", "NULL_VALUE");
        assertThat(deadLetters).allSatisfy(d -> {
            assertThat(d.getTopic()).isEqualTo(topics.raw());
            assertThat(d.getOffset()).isNotNegative();
            assertThat(d.getStage()).isEqualTo("deserialize");
        });
        DeadLetter notAvro = deadLetters.stream()
                .filter(d -> d.getReason().equals("UNKNOWN_MAGIC_BYTE"))
                .findFirst()
                .orElseThrow();
        assertThat(StandardCharsets.UTF_8.decode(notAvro.getValue()).toString())
                .isEqualTo("{\"id\": \"json, not avro\"}");

        try (RestSchemaRegistryClient registry = new RestSchemaRegistryClient(
                RegistryClientConfig.from(Map.of("schema.registry.url", runtime.schemaRegistryUrl())))) {
            assertThat(registry.getAllSubjects())
                    .contains(topics.raw() + "-value", topics.enriched() + "-value", topics.deadLetter() + "-value");
        }
    }

    /** The operations endpoint, scraped while the pipeline runs: health, readiness and Prometheus metrics. */
    private static void assertOpsEndpoint(int port, Topics topics) throws Exception {
        assertThat(port).isPositive();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"state\":\"RUNNING\"", "\"modelsLoaded\":true", "\"lag\":");
        String[] metrics = {""};
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            metrics[0] = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
            return metrics[0].contains("wirestream_records_out_total");
        });
        assertThat(metrics[0])
                .contains(
                        "wirestream_records_in_total{topic=\"" + topics.raw() + "\"} 7.0",
                        "wirestream_records_out_total{outcome=\"enriched\",topic=\"" + topics.enriched() + "\"} 5.0",
                        "wirestream_dead_letters_total{reason=\"UNKNOWN_MAGIC_BYTE\",stage=\"deserialize\"} 1.0",
                        "wirestream_stage_seconds_bucket{stage=\"tag-entities\"",
                        "wirestream_articles_total{language=\"ar\"} 1.0",
                        "wirestream_entities_total{type=\"LOCATION\"}",
                        "kafka_stream_thread_process_total");
    }

    private static void writePoison(String topic) throws Exception {
        Map<String, Object> config = new TreeMap<>();
        config.put("bootstrap.servers", runtime.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            topic,
                            "poison-json".getBytes(StandardCharsets.UTF_8),
                            "{\"id\": \"json, not avro\"}".getBytes(StandardCharsets.UTF_8)))
                    .get();
            producer.send(new ProducerRecord<>(topic, "poison-null".getBytes(StandardCharsets.UTF_8), null))
                    .get();
        }
    }

    private static Map<String, String> settings(Topics topics, String applicationId) {
        Map<String, String> settings = pipelineSettings(topics, applicationId);
        settings.put("health.port", "0");
        return settings;
    }
}
