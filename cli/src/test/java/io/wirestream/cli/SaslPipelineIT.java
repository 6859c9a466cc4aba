package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.config.KafkaConnection;
import io.wirestream.local.LocalKafkaBroker;
import io.wirestream.local.LocalRuntime;
import io.wirestream.local.registry.LocalSchemaRegistry;
import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline against a broker that requires SASL (SASL_PLAINTEXT): the producer authenticates with
 * SCRAM-SHA-512, the processor (its own JVM, configured the way operators configure it: -s kafka.*)
 * with PLAIN, the local registry with the admin login. Secrets appear in no log line and no error.
 */
class SaslPipelineIT {

    private static final String PRODUCER_PASSWORD = "producer-Secret-7731";
    private static final String PROCESSOR_PASSWORD = "processor-Secret-4410";

    private static LocalKafkaBroker broker;
    private static LocalSchemaRegistry registry;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        broker = LocalKafkaBroker.builder()
                .saslPlain(Map.of("producer", PRODUCER_PASSWORD, "processor", PROCESSOR_PASSWORD))
                .start();
        registry = LocalSchemaRegistry.start(
                broker.bootstrapServers(), "127.0.0.1", 0, LocalRuntime.SCHEMAS_TOPIC, broker.clientProperties());
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldRunPipelineAndKeepSecretsOutOfLogsWhenBrokerRequiresSasl() throws Exception {
        Topics topics = Topics.defaults().withPrefix("sasl.");
        Map<String, String> producerSettings =
                settings(topics, broker.clientProperties("producer", PRODUCER_PASSWORD, "SCRAM-SHA-512"));
        KafkaConnection producerConnection = KafkaConnection.from(producerSettings);
        TopicSetup.ensure(producerConnection, topics, 2, (short) -1);
        PublishSummary summary;
        try (ArticlePublisher publisher = new ArticlePublisher(ProducerSettings.from(producerSettings))) {
            summary = publisher.publishFiles(List.of(Path.of("../samples/articles.jsonl")), r -> {});
        }
        assertThat(summary.sent()).isEqualTo(5);

        Path log = tmp.resolve("processor.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.wirestream.cli.WirestreamCli",
                "process"));
        settings(topics, broker.clientProperties("processor", PROCESSOR_PASSWORD, "PLAIN"))
                .forEach((k, v) -> {
                    command.add("-s");
                    command.add(k + "=" + v);
                });
        command.add("-s");
        command.add("state.dir=" + tmp.resolve("state"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("WIRESTREAM_LOG_LEVEL", "DEBUG");
        Process processor = builder.start();
        Map<String, EnrichedArticle> enriched = new ConcurrentHashMap<>();
        try (TopicReader<EnrichedArticle> reader =
                new TopicReader<>(producerConnection, topics.enriched(), EnrichedArticle.class)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                reader.poll(Duration.ofMillis(200), r -> enriched.put(r.value().getId(), r.value()));
                return enriched.size() == 5 || !processor.isAlive();
            });
        } finally {
            processor.destroy();
            assertThat(processor.waitFor(EnrichmentTimeouts.CLOSE_SECONDS, TimeUnit.SECONDS))
                    .as("SIGTERM must stop the processor within %s s", EnrichmentTimeouts.CLOSE_SECONDS)
                    .isTrue();
        }
        assertThat(enriched).hasSize(5);
        assertThat(enriched.get("e0b798d0f20a28bd").getLanguage()).isEqualTo("ar");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output)
                .contains("Starting enrichment processor")
                .doesNotContain(PROCESSOR_PASSWORD, PRODUCER_PASSWORD);
    }

    @Test
    void shouldFailClearlyWithoutShowingPasswordWhenCredentialsAreWrong() throws Exception {
        Topics topics = Topics.defaults().withPrefix("sasl-bad.");
        String wrong = "wrong-Password-9090";
        Map<String, String> settings = settings(topics, broker.clientProperties("producer", wrong, "PLAIN"));
        List<String> args = new ArrayList<>(List.of("produce"));
        settings.forEach((k, v) -> {
            args.add("-s");
            args.add(k + "=" + v);
        });
        args.add("-s");
        args.add("kafka.max.block.ms=10000");
        args.add("../samples/articles.jsonl");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        int exit;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = WirestreamCli.run(args.toArray(String[]::new));
        } finally {
            System.setErr(original);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isNotZero();
        assertThat(message).containsIgnoringCase("authentication").doesNotContain(wrong);
    }

    private Map<String, String> settings(Topics topics, Map<String, Object> client) {
        Map<String, String> settings = new TreeMap<>();
        client.forEach((k, v) -> settings.put(k.equals("bootstrap.servers") ? k : "kafka." + k, String.valueOf(v)));
        settings.put("schema.registry.url", registry.url());
        settings.put("application.id", "sasl-it");
        settings.put("topic.raw", topics.raw());
        settings.put("topic.enriched", topics.enriched());
        settings.put("topic.dead-letter", topics.deadLetter());
        settings.put("topic.duplicates", topics.duplicates());
        settings.put("kafka.commit.interval.ms", "100");
        return settings;
    }

    /** The bound the processor promises for a clean stop (Kafka Streams close timeout plus JVM exit). */
    private static final class EnrichmentTimeouts {
        static final long CLOSE_SECONDS = io.wirestream.streams.EnrichmentProcessor.CLOSE_TIMEOUT.toSeconds() + 10;
    }
}
