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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
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
        KafkaConnection connection = new KafkaConnection(
                runtime.bootstrapServers(),
                Map.of(),
                Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, runtime.schemaRegistryUrl()));
        TopicSetup.ensure(connection, topics, 3, (short) -1);

        Feeder feed = new Feeder(topics.raw());
        Thread feeder = new Thread(feed, "crash-it-feeder");
        feeder.start();

        Audit audit = new Audit(connection, topics);
        Path log = tmp.resolve("processor.log");
        Process processor = startProcessor(topics, log);
        long lastOutputs = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            long before = lastOutputs;
            long[] now = {0};
            Process running = processor;
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        now[0] = outputs(audit);
                        return now[0] > before + 20 || !running.isAlive();
                    });
            lastOutputs = now[0];
            assertThat(processor.isAlive())
                    .as("processor died on its own; see %s", log)
                    .isTrue();
            processor.destroyForcibly().waitFor();
            if (kill == 3) {
                runtime.broker().restart();
            }
            processor = startProcessor(topics, log);
        }
        feeder.join(Duration.ofMinutes(5).toMillis());
        System.out.println("CrashRecoveryIT feeder: " + feed.describe());
        assertThat(feeder.isAlive())
                .as("feeder still sending after 5 minutes: %s", feed.describe())
                .isFalse();
        assertThat(feed.failure.get()).as(feed.describe()).isNull();
        assertThat(feed.delivered).as(feed.describe()).hasSize(ARTICLES + ARTICLES / 50);

        Audit.Report[] report = new Audit.Report[1];
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    report[0] = audit.run();
                    return report[0].enriched() + report[0].deadLettered() + report[0].duplicates()
                            >= report[0].inputs();
                });
        processor.destroy();
        processor.waitFor();

        Audit.Report result = audit.run();
        System.out.println("CrashRecoveryIT (" + KILLS + " kills, 1 broker restart): " + result.describe());
        assertThat(result.inputs())
                .as("every record the feeder delivered, plus any an ambiguous failure delivered twice")
                .isGreaterThanOrEqualTo(ARTICLES + ARTICLES / 50);
        assertThat(result.missing()).isEmpty();
        assertThat(result.repeated()).isEmpty();
        assertThat(result.repeatedIds()).isEmpty();
        assertThat(result.enriched() + result.deadLettered() + result.duplicates())
                .isEqualTo(result.inputs());
        assertThat(result.deadLettered()).isPositive();
        assertThat(result.duplicates()).isPositive();
    }

    private static long outputs(Audit audit) {
        Audit.Report report = audit.run();
        return report.enriched() + report.deadLettered() + report.duplicates();
    }

    /**
     * Articles, one in 50 resent with the same id (a duplicate), one in 40 invalid (a dead letter), a few
     * not Avro. The feeder plays a well-behaved upstream producer: a send that fails while the broker
     * restarts (delivery timeout, metadata wait) is sent again, so every logical record reaches the raw
     * topic at least once; an ambiguous failure may put a record there twice, which the audit then finds
     * as one more input, accounted for like any other.
     */
    private static final class Feeder implements Runnable {
        private static final int MAX_ATTEMPTS = 10;
        private final String topic;
        private final Set<String> delivered = ConcurrentHashMap.newKeySet();
        private final AtomicInteger failedSends = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<String> sendErrors = new CopyOnWriteArrayList<>();

        Feeder(String topic) {
            this.topic = topic;
        }

        @Override
        public void run() {
            try {
                feed();
            } catch (Throwable e) {
                failure.set(e);
            }
        }

        String describe() {
            return delivered.size() + " records delivered, " + failedSends.get() + " sends retried"
                    + (sendErrors.isEmpty()
                            ? ""
                            : " (first errors: " + sendErrors.subList(0, Math.min(3, sendErrors.size())) + ")")
                    + (failure.get() == null ? "" : "; feeder failed: " + failure.get());
        }

        private void feed() {
            Map<String, Object> config = new TreeMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, runtime.bootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
            SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class);
            serializer.configure(Map.of(KafkaConnection.SCHEMA_REGISTRY_URL, runtime.schemaRegistryUrl()), false);
            Random random = new Random(42);
            String[] places = {
                "Geneva", "Cairo", "Baku", "Paris", "Berlin", "Moscow", "Tokyo", "Nairobi", "Lima", "Jakarta"
            };
            List<ProducerRecord<byte[], byte[]>> resend = new ArrayList<>();
            List<ProducerRecord<byte[], byte[]>> batch = new ArrayList<>();
            try (KafkaProducer<byte[], byte[]> producer =
                    new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < ARTICLES; i++) {
                    String id = String.format(Locale.ROOT, "crash-%05d", i);
                    byte[] key = id.getBytes(StandardCharsets.UTF_8);
                    byte[] value;
                    if (i % 200 == 7) {
                        value = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
                    } else {
                        String body = i % 40 == 3
                                ? ""
                                : "Officials from " + places[random.nextInt(places.length)] + " and "
                                        + places[random.nextInt(places.length)] + " met on day " + i
                                        + " to discuss trade, energy and "
                                        + "transport. The talks lasted " + (1 + random.nextInt(9))
                                        + " hours, a spokesperson said.";
                        RawArticle article = RawArticle.newBuilder()
                                .setId(id)
                                .setTitle("Talks " + i)
                                .setBody(body)
                                .setSource("crash-it")
                                .build();
                        value = serializer.serialize(topic, article);
                        if (i % 50 == 11) {
                            resend.add(new ProducerRecord<>(topic, key, value));
                        }
                    }
                    batch.add(new ProducerRecord<>(topic, key, value));
                    if (i % 100 == 99) {
                        deliver(producer, batch, "");
                        batch.clear();
                        pause(Duration.ofMillis(1500));
                    }
                }
                deliver(producer, batch, "");
                deliver(producer, resend, "#resent");
            }
        }

        /** Sends the records and waits for them; sends the failed ones again, a few times, until all are acknowledged. */
        private void deliver(
                KafkaProducer<byte[], byte[]> producer, List<ProducerRecord<byte[], byte[]>> records, String suffix) {
            List<ProducerRecord<byte[], byte[]>> pending = List.copyOf(records);
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    throw new IllegalStateException(pending.size() + " records not delivered after " + MAX_ATTEMPTS
                            + " attempts; errors: " + sendErrors);
                }
                List<ProducerRecord<byte[], byte[]>> failed = new CopyOnWriteArrayList<>();
                for (ProducerRecord<byte[], byte[]> record : pending) {
                    String label = new String(record.key(), StandardCharsets.UTF_8) + suffix;
                    try {
                        producer.send(record, (metadata, e) -> {
                            if (e == null) {
                                delivered.add(label);
                            } else {
                                failed(failed, record, e);
                            }
                        });
                    } catch (KafkaException e) {
                        failed(failed, record, e);
                    }
                }
                producer.flush();
                pending = List.copyOf(failed);
                if (!pending.isEmpty()) {
                    pause(Duration.ofSeconds(2));
                }
            }
        }

        private void failed(
                List<ProducerRecord<byte[], byte[]>> failed, ProducerRecord<byte[], byte[]> record, Exception e) {
            failed.add(record);
            failedSends.incrementAndGet();
            sendErrors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
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
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "io.wirestream.cli.WirestreamCli",
                "process",
                "-b",
                runtime.bootstrapServers(),
                "-r",
                runtime.schemaRegistryUrl(),
                "-s",
                "application.id=crash-it",
                "-s",
                "state.dir=" + tmp.resolve("state"),
                "-s",
                "topic.raw=" + topics.raw(),
                "-s",
                "topic.enriched=" + topics.enriched(),
                "-s",
                "topic.dead-letter=" + topics.deadLetter(),
                "-s",
                "topic.duplicates=" + topics.duplicates(),
                "-s",
                "kafka.commit.interval.ms=200",
                "-s",
                "kafka.session.timeout.ms=6000",
                "-s",
                "kafka.heartbeat.interval.ms=1000"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }
}
