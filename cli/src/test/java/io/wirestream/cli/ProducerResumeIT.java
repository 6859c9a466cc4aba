package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wirestream.producer.ArticlePublisher;
import io.wirestream.producer.ProducerSettings;
import io.wirestream.producer.PublishSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The producer resumes a partially sent file without duplicating: {@code wirestream produce
 * --transactional-id} runs as its own JVM, is killed with SIGKILL mid-file, and a second run with the
 * same id finishes the file; a read_committed reader of the raw topic then finds every line once.
 */
class ProducerResumeIT extends LocalRuntimeTest {

    private static final int LINES = 2_000;

    @Test
    void shouldPublishEveryLineExactlyOnceWhenKilledProducerIsRunAgain() throws Exception {
        String topic = "resume.raw";
        runtime.broker().createTopic(topic, 3, Map.of());
        Path input = tmp.resolve("feed.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            lines.add(String.format(
                    Locale.ROOT,
                    "{\"id\":\"resume-%04d\",\"title\":\"Line %d\",\"body\":\"Text of article %d.\"}",
                    i,
                    i,
                    i));
        }
        lines.set(99, "{\"id\": broken");
        Files.write(input, lines, StandardCharsets.UTF_8);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.wirestream.cli.WirestreamCli",
                        "produce",
                        "-b",
                        runtime.bootstrapServers(),
                        "-r",
                        runtime.schemaRegistryUrl(),
                        "-s",
                        "topic.raw=" + topic,
                        "-s",
                        "producer.transaction.records=100",
                        "--transactional-id",
                        "resume-it",
                        "--rate",
                        "400",
                        input.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("first.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(60)).until(() -> committedIds(topic).size() >= 300);
        first.destroyForcibly().waitFor();
        int afterKill = committedIds(topic).size();
        assertThat(afterKill).as("the kill must come mid-file").isLessThan(LINES - 1);

        Map<String, String> settings = new TreeMap<>();
        settings.put("bootstrap.servers", runtime.bootstrapServers());
        settings.put("schema.registry.url", runtime.schemaRegistryUrl());
        settings.put("topic.raw", topic);
        settings.put("producer.transactional.id", "resume-it");
        PublishSummary second;
        try (ArticlePublisher publisher = new ArticlePublisher(ProducerSettings.from(settings))) {
            second = publisher.publishFiles(List.of(input), r -> {});
        }

        Map<String, Integer> ids = committedIds(topic);
        System.out.println(
                "ProducerResumeIT: killed after " + afterKill + " committed, second run: " + second.describe());
        assertThat(second.skipped()).isPositive();
        assertThat(ids).hasSize(LINES - 1);
        assertThat(ids.values()).allMatch(count -> count == 1);
        assertThat(second.succeeded()).isTrue();
    }

    @Test
    void shouldExitAtOnceWithWhatToDoWhenTheTopicDoesNotExist() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            // without the check the producer waits max.block.ms (60 s) for the topic on every record
            exit = assertTimeoutPreemptively(
                    Duration.ofSeconds(45),
                    () -> WirestreamCli.run(
                            "produce",
                            "-b",
                            runtime.bootstrapServers(),
                            "-r",
                            runtime.schemaRegistryUrl(),
                            "-s",
                            "topic.raw=no-such.raw",
                            "../samples/articles.jsonl"));
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "error: topic 'no-such.raw' does not exist on " + runtime.bootstrapServers(),
                        "--create-topics");
    }

    private static Map<String, Integer> committedIds(String topic) {
        Map<String, Object> config = new TreeMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, runtime.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Integer> ids = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    ids.merge(record.key(), 1, Integer::sum);
                }
            }
        }
        return ids;
    }
}
