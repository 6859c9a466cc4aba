package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wirestream.avro.RawArticle;
import io.wirestream.config.KafkaConnection;
import io.wirestream.serde.SpecificAvroSerializer;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once under crashes, the way Kafka's own system tests check it: the streams processor runs
 * as a separate JVM ({@code wirestream process}) while a few thousand articles stream in; it is killed
 * with SIGKILL five times and the broker is restarted once mid-stream; at the end a read_committed
 * audit finds every raw record in exactly one of enriched, dead-letter and duplicates, and no article
 * id enriched twice.
 */
class CrashRecoveryIT extends LocalRuntimeTest {

    private static final int ARTICLES = 2_400;
    private static final int KILLS = 5;


    @Test
    void shouldAccountForEveryInputExactlyOnceWhenProcessorIsKilledAndBrokerRestarts() throws Exception {
        Topics topics = Topics.defaults().withPrefix("crash.");
        KafkaConnection connection = new KafkaConnection(runtime.bootstrapServers(), Map.of(),
                Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, runtime.schemaRegistryUrl()));
        TopicSetup.ensure(connection, topics, 3, (short) -1);

        AtomicInteger sent = new AtomicInteger();
        Thread feeder = new Thread(() -> feed(topics.raw(), sent), "crash-it-feeder");
        feeder.start();

        Audit audit = new Audit(connection, topics);
        Path log = tmp.resolve("processor.log");
        Process processor = startProcessor(topics, log);
        long lastOutputs = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            long before = lastOutputs;
            long[] now = {0};
            Process running = processor;
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                now[0] = outputs(audit);
                return now[0] > before + 20 || !running.isAlive();
            });
            lastOutputs = now[0];
            assertThat(processor.isAlive()).as("processor died on its own; see %s", log).isTrue();
            processor.destroyForcibly().waitFor();
            if (kill == 3) {
                runtime.broker().restart();
            }
            processor = startProcessor(topics, log);
        }
        feeder.join(Duration.ofMinutes(3).toMillis());
        assertThat(sent.get()).isEqualTo(ARTICLES + ARTICLES / 50);

        Audit.Report[] report = new Audit.Report[1];
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            report[0] = audit.run();
            return report[0].enriched() + report[0].deadLettered() + report[0].duplicates() >= report[0].inputs();
        });
        processor.destroy();
        processor.waitFor();

        Audit.Report result = audit.run();
        System.out.println("CrashRecoveryIT (" + KILLS + " kills, 1 broker restart): " + result.describe());
        assertThat(result.inputs()).isEqualTo(ARTICLES + ARTICLES / 50);
        assertThat(result.missing()).isEmpty();
        assertThat(result.repeated()).isEmpty();
        assertThat(result.repeatedIds()).isEmpty();
        assertThat(result.enriched() + result.deadLettered() + result.duplicates()).isEqualTo(result.inputs());
        assertThat(result.deadLettered()).isPositive();
        assertThat(result.duplicates()).isPositive();
    }

    private static long outputs(Audit audit) {
        Audit.Report report = audit.run();
        return report.enriched() + report.deadLettered() + report.duplicates();
    }

    /** Articles, one in 50 resent with the same id (a duplicate), one in 40 invalid (a dead letter), a few not Avro. */
    private static void feed(String topic, AtomicInteger sent) {
        Map<String, Object> config = new TreeMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, runtime.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class);
        serializer.configure(Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, runtime.schemaRegistryUrl()), false);
        Random random = new Random(42);
        String[] places = {"Geneva", "Cairo", "Baku", "Paris", "Berlin", "Moscow", "Tokyo", "Nairobi", "Lima", "Jakarta"};
        List<RawArticle> resend = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                String id = String.format(Locale.ROOT, "crash-%05d", i);
                byte[] key = id.getBytes(StandardCharsets.UTF_8);
                byte[] value;
                if (i % 200 == 7) {
                    value = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
                } else {
                    String body = i % 40 == 3 ? "" : "Officials from " + places[random.nextInt(places.length)] + " and "
                            + places[random.nextInt(places.length)] + " met on day " + i + " to discuss trade, energy and "
                            + "transport. The talks lasted " + (1 + random.nextInt(9)) + " hours, a spokesperson said.";
                    RawArticle article = RawArticle.newBuilder().setId(id).setTitle("Talks " + i).setBody(body)
                            .setSource("crash-it").build();
                    if (i % 50 == 11) {
                        resend.add(article);
                    }
                    value = serializer.serialize(topic, article);
                }
                producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
                    if (e == null) {
                        sent.incrementAndGet();
                    }
                });
                if (i % 100 == 99) {
                    producer.flush();
                    pause(Duration.ofMillis(1500));
                }
            }
            for (RawArticle article : resend) {
                producer.send(new ProducerRecord<>(topic, article.getId().getBytes(StandardCharsets.UTF_8),
                        serializer.serialize(topic, article)), (metadata, e) -> {
                            if (e == null) {
                                sent.incrementAndGet();
                            }
                        });
            }
            producer.flush();
        }
    }

    /** Paces the feeder so the stream is still flowing while the processor is killed. */
    private static void pause(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(until - System.nanoTime());
        }
    }

    private static Process startProcessor(Topics topics, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "io.wirestream.cli.WirestreamCli", "process",
                "-b", runtime.bootstrapServers(), "-r", runtime.schemaRegistryUrl(),
                "-s", "application.id=crash-it",
                "-s", "state.dir=" + tmp.resolve("state"),
                "-s", "topic.raw=" + topics.raw(), "-s", "topic.enriched=" + topics.enriched(),
                "-s", "topic.dead-letter=" + topics.deadLetter(), "-s", "topic.duplicates=" + topics.duplicates(),
                "-s", "kafka.commit.interval.ms=200",
                "-s", "kafka.session.timeout.ms=6000", "-s", "kafka.heartbeat.interval.ms=1000"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }
}
