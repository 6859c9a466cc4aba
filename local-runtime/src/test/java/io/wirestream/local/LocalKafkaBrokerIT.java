package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A real broker JVM per test: starting, transactions, restarts, crashes, clean-up and SASL. */
class LocalKafkaBrokerIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    static {
        quietKafkaClientLogs();
    }

    @Test
    void shouldHideAbortedRecordsWhenConsumerReadsCommittedTransactions() {
        try (LocalKafkaBroker broker = LocalKafkaBroker.builder().start()) {
            broker.createTopic("articles", 2, Map.of("cleanup.policy", "delete"));

            try (KafkaProducer<String, String> producer = transactionalProducer(broker)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("articles", "a-1", "aborted"));
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("articles", "a-2", "committed"));
                producer.commitTransaction();
            }

            assertThat(readAll(broker.clientProperties(), "articles", 2, 1)).containsExactly("committed");
        }
    }

    @Test
    void shouldKeepDataAndPortsWhenRestarted(@TempDir Path dataDir) throws Exception {
        try (LocalKafkaBroker broker =
                        LocalKafkaBroker.builder().dataDir(dataDir).start();
                KafkaProducer<String, String> producer = producer(broker.clientProperties())) {
            broker.createTopics("before-restart");
            producer.send(new ProducerRecord<>("before-restart", "k", "v1")).get();
            String bootstrap = broker.bootstrapServers();
            long firstPid = broker.pid();

            broker.restart();

            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(broker.pid()).isNotEqualTo(firstPid);
            assertThat(ProcessHandle.of(firstPid)).isEmpty();
            producer.send(new ProducerRecord<>("before-restart", "k", "v2")).get();
            assertThat(readAll(broker.clientProperties(), "before-restart", 1, 2))
                    .containsExactly("v1", "v2");
        }
        assertThat(dataDir.resolve("kafka-logs/meta.properties"))
                .as("a chosen data dir is kept")
                .exists();
    }

    @Test
    void shouldRecoverCommittedDataWhenKilledAndRestarted() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.builder().start();
                KafkaProducer<String, String> producer = producer(broker.clientProperties())) {
            broker.createTopics("crash");
            producer.send(new ProducerRecord<>("crash", "k", "before-crash")).get();
            long crashedPid = broker.pid();

            broker.kill();

            assertThat(broker.isAlive()).isFalse();
            assertThat(ProcessHandle.of(crashedPid)).isEmpty();

            broker.restart();

            assertThat(broker.isAlive()).isTrue();
            producer.send(new ProducerRecord<>("crash", "k", "after-crash")).get();
            assertThat(readAll(broker.clientProperties(), "crash", 1, 2))
                    .containsExactly("before-crash", "after-crash");
        }
    }

    @Test
    void shouldLeaveNoProcessNorTempDirWhenClosed() {
        LocalKafkaBroker broker = LocalKafkaBroker.builder().start();
        long pid = broker.pid();
        Path dataDir = broker.dataDir();
        assertThat(ProcessHandle.of(pid)).isPresent();

        broker.close();
        broker.close();

        assertThat(ProcessHandle.of(pid)).isEmpty();
        assertThat(broker.isAlive()).isFalse();
        assertThat(dataDir).doesNotExist();
        assertThatThrownBy(broker::restart).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldQuoteBrokerLogWhenBrokerCannotStart(@TempDir Path dataDir) {
        assertThatThrownBy(() -> LocalKafkaBroker.builder()
                        .dataDir(dataDir)
                        .brokerProperty("log.segment.bytes", "not-a-number")
                        .startupTimeout(TIMEOUT)
                        .start())
                .isInstanceOf(BrokerStartException.class)
                .hasMessageContaining(dataDir.toString())
                .hasMessageContaining("log.segment.bytes");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithSasl {

        private LocalKafkaBroker broker;

        @BeforeAll
        void startBroker() {
            broker = LocalKafkaBroker.builder()
                    .saslPlain(Map.of("alice", "alice-secret"))
                    .start();
            broker.createTopics("secured");
        }

        @AfterAll
        void stopBroker() {
            if (broker != null) {
                broker.close();
            }
        }

        @Test
        void shouldProduceAndConsumeWhenPasswordIsRight() throws Exception {
            Map<String, Object> alice = broker.clientProperties("alice", "alice-secret", "PLAIN");
            try (KafkaProducer<String, String> producer = producer(alice)) {
                producer.send(new ProducerRecord<>("secured", "k", "for-alice")).get();
            }

            assertThat(readAll(alice, "secured", 1, 1)).containsExactly("for-alice");
        }

        @Test
        void shouldFailAuthenticationWhenPasswordIsWrong() {
            Map<String, Object> intruder = broker.clientProperties("alice", "wrong-password", "PLAIN");

            try (Admin admin = Admin.create(intruder)) {
                assertThatThrownBy(() -> admin.describeCluster().clusterId().get())
                        .isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }

        @Test
        void shouldAuthenticateWithScramWhenUserIsConfigured() {
            for (String mechanism : List.of("SCRAM-SHA-256", "SCRAM-SHA-512")) {
                Map<String, Object> alice = broker.clientProperties("alice", "alice-secret", mechanism);
                try (Admin admin = Admin.create(alice)) {
                    assertThat(admin.listTopics().names().get()).contains("secured");
                } catch (InterruptedException | ExecutionException e) {
                    throw new AssertionError(mechanism + " login failed", e);
                }
            }
        }

        @Test
        void shouldLogInAsAdminWhenDefaultClientPropertiesAreUsed() throws Exception {
            assertThat(broker.clientProperties())
                    .containsEntry("security.protocol", "SASL_PLAINTEXT")
                    .containsEntry("sasl.mechanism", "PLAIN");

            try (Admin admin = Admin.create(broker.clientProperties())) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            }
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaProducer<String, String> transactionalProducer(LocalKafkaBroker broker) {
        Map<String, Object> props = new HashMap<>(broker.clientProperties());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Reads every partition of {@code topic} from the start, read_committed, until {@code expected} values arrived. */
    private static List<String> readAll(
            Map<String, Object> clientProperties, String topic, int partitions, int expected) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<TopicPartition> assigned = new ArrayList<>();
        for (int partition = 0; partition < partitions; partition++) {
            assigned.add(new TopicPartition(topic, partition));
        }
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            await().atMost(TIMEOUT).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
        }
        return values;
    }

    /** Without a logback-test.xml, logback logs everything at DEBUG; the clients' chatter hides failures. */
    private static void quietKafkaClientLogs() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.INFO);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.kafka"))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
