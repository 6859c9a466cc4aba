package io.wirestream.local.registry;

import io.wirestream.registry.SchemaRegistryException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SchemaJournal} on a single-partition, compacted Kafka topic: written with an idempotent
 * producer and {@code acks=all}, each append waiting for its acknowledgement; read from the
 * beginning to the end on start.
 *
 * <p>One registry instance writes to a topic at a time; several instances on the same topic would
 * not see each other's writes after start.
 */
final class KafkaSchemaJournal implements SchemaJournal {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaJournal.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final Map<String, Object> common;
    private final KafkaProducer<byte[], byte[]> producer;

    private KafkaSchemaJournal(String topic, Map<String, Object> common, KafkaProducer<byte[], byte[]> producer) {
        this.topic = topic;
        this.common = common;
        this.producer = producer;
    }

    /** Creates the topic if missing and returns a journal writing to it. */
    static KafkaSchemaJournal open(String bootstrapServers, String topic, Map<String, Object> overrides) {
        Map<String, Object> common = new HashMap<>();
        common.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        common.putAll(overrides);
        ensureTopic(common, topic);
        Map<String, Object> producerConfig = new HashMap<>(common);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        producerConfig.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirestream-local-registry");
        producerConfig.putIfAbsent(ProducerConfig.ENABLE_METRICS_PUSH_CONFIG, false);
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaSchemaJournal(topic, Map.copyOf(common), new KafkaProducer<>(producerConfig));
    }

    /** Reads the topic from the beginning to its current end into {@code store}. */
    void replayInto(InMemorySchemaStore store) {
        int replayed = replay(common, topic, store);
        LOG.info("Schema registry state rebuilt from topic {} ({} records)", topic, replayed);
    }

    @Override
    public void append(StoreRecord record) {
        ProducerRecord<byte[], byte[]> message =
                new ProducerRecord<>(topic, 0, StoreRecordCodec.key(record.key()), StoreRecordCodec.value(record));
        try {
            producer.send(message).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw storeError("interrupted while writing to " + topic, e);
        } catch (ExecutionException e) {
            throw storeError("could not write to " + topic + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw storeError("no acknowledgement from " + topic + " within " + TIMEOUT.toSeconds() + " s", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static SchemaRegistryException storeError(String message, Throwable cause) {
        return new SchemaRegistryException(
                500, SchemaRegistryException.STORE_ERROR, "Error while storing the schema: " + message, cause);
    }

    private static void ensureTopic(Map<String, Object> common, String topic) {
        try (Admin admin = Admin.create(common)) {
            Optional<TopicDescription> existing = describe(admin, topic);
            if (existing.isEmpty()) {
                NewTopic newTopic = new NewTopic(topic, 1, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                try {
                    admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    LOG.info("Created compacted schema topic {}", topic);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create schema topic " + topic + ": " + e.getCause(), e);
                    }
                }
                return;
            }
            int partitions = existing.get().partitions().size();
            if (partitions != 1) {
                throw new IllegalStateException("schema topic " + topic + " has " + partitions
                        + " partitions; the registry needs exactly 1 to keep the order of its writes");
            }
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            String policy = admin.describeConfigs(List.of(resource))
                    .all()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .get(resource)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG)
                    .value();
            if (!policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                throw new IllegalStateException("schema topic " + topic + " has cleanup.policy=" + policy
                        + "; it must be compact, or old schemas are deleted with time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing schema topic " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot prepare schema topic " + topic + ": " + e, e);
        }
    }

    private static Optional<TopicDescription> describe(Admin admin, String topic)
            throws InterruptedException, TimeoutException, ExecutionException {
        try {
            return Optional.of(admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static int replay(Map<String, Object> common, String topic, InMemorySchemaStore store) {
        Map<String, Object> consumerConfig = new HashMap<>(common);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.putIfAbsent(ConsumerConfig.ENABLE_METRICS_PUSH_CONFIG, false);
        consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        TopicPartition partition = new TopicPartition(topic, 0);
        int count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (consumer.position(partition, TIMEOUT) < end) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read schema topic " + topic + " to offset " + end
                            + " within " + TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() == null) {
                        continue;
                    }
                    StoreRecord.Key key = StoreRecordCodec.decodeKey(record.key());
                    if (record.value() == null) {
                        store.remove(key);
                    } else {
                        store.apply(StoreRecordCodec.decode(key, record.value()));
                    }
                    count++;
                }
            }
        }
        return count;
    }
}
