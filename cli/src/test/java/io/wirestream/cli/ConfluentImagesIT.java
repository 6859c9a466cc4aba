package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.enrichment.Enricher;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import io.wirestream.streams.EnrichmentProcessor;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import io.wirestream.streams.config.ProcessorSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same pipeline against the real images: {@code apache/kafka} and Confluent's Schema Registry.
 * Proves that our serde and registry client speak to Confluent's registry. Skipped where there is no
 * Docker engine (the local-broker tests cover everything else).
 */
@Testcontainers(disabledWithoutDocker = true)
class ConfluentImagesIT {

    private static final Network NETWORK = Network.newNetwork();

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.4.0")
            .withNetwork(NETWORK)
            .withNetworkAliases("kafka")
            .withListener("kafka:19092");

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>("confluentinc/cp-schema-registry:8.1.0")
            .withNetwork(NETWORK)
            .withExposedPorts(8081)
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
            .dependsOn(KAFKA)
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));

    @TempDir
    Path tmp;

    @Test
    void shouldEnrichSamplesWhenRunningAgainstConfluentSchemaRegistry() throws Exception {
        Map<String, String> settings = new TreeMap<>();
        settings.put("bootstrap.servers", KAFKA.getBootstrapServers());
        settings.put("schema.registry.url", "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081));
        settings.put("state.dir", tmp.toString());
        ProcessorSettings processorSettings = ProcessorSettings.from(settings);
        Topics topics = processorSettings.topics();
        TopicSetup.ensure(processorSettings.connection(), topics, 3, (short) 1);

        PublishSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(ProducerSettings.from(settings))) {
            summary = publisher.publishFiles(List.of(Path.of("../samples/articles.jsonl")), r -> {});
        }
        Map<String, EnrichedArticle> enriched = new ConcurrentHashMap<>();
        try (EnrichmentProcessor processor = new EnrichmentProcessor(processorSettings, Enricher.loadDefault());
                TopicReader<EnrichedArticle> reader =
                        new TopicReader<>(processorSettings.connection(), topics.enriched(), EnrichedArticle.class)) {
            processor.start();
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                reader.poll(Duration.ofMillis(200), r -> enriched.put(r.value().getId(), r.value()));
                return enriched.size() == summary.sent();
            });
        }
        assertThat(enriched.get("e0b798d0f20a28bd").getLanguage()).isEqualTo("ar");
    }
}
