package io.wirestream.producer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.config.KafkaConnection;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Where a transactional producer got to in each input: a compacted topic keyed by transactional id
 * and input, written in the same transaction as the articles, so the checkpoint and the articles are
 * committed (or aborted) together.
 */
final class Checkpoints {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final String transactionalId;
    private final Map<String, Long> committed;

    private Checkpoints(String topic, String transactionalId, Map<String, Long> committed) {
        this.topic = topic;
        this.transactionalId = transactionalId;
        this.committed = committed;
    }

    /** Creates the topic if missing and reads the committed checkpoints of {@code transactionalId}. */
    static Checkpoints load(KafkaConnection connection, String topic, String transactionalId) {
        ensureTopic(connection, topic);
        Map<String, Long> committed = new HashMap<>();
        Map<String, Object> config = new TreeMap<>(connection.clientConfig());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            String prefix = transactionalId + "\u0000";
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && record.key().startsWith(prefix) && record.value() != null) {
                        committed.put(record.key().substring(prefix.length()), line(record.value()));
                    }
                }
            }
        }
        return new Checkpoints(topic, transactionalId, committed);
    }

    private static long line(byte[] value) {
        try {
            return MAPPER.readTree(value).path("line").asLong(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The last committed line of {@code origin}, 0 when none. */
    long committedLine(String origin) {
        return committed.getOrDefault(origin, 0L);
    }

    /** The checkpoint record to send inside the transaction that publishes up to {@code line}. */
    ProducerRecord<String, byte[]> record(String origin, long line) {
        ObjectNode value = MAPPER.createObjectNode();
        value.put("transactionalId", transactionalId);
        value.put("origin", origin);
        value.put("line", line);
        value.put("committedAt", Instant.now().toString());
        try {
            return new ProducerRecord<>(topic, transactionalId + "\u0000" + origin, MAPPER.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write checkpoint", e);
        }
    }

    /** Remembers a committed checkpoint. */
    void committed(String origin, long line) {
        committed.put(origin, line);
    }

    private static void ensureTopic(KafkaConnection connection, String topic) {
        try (Admin admin = Admin.create(connection.clientConfig())) {
            Set<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (names.contains(topic)) {
                return;
            }
            NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(
                        "cannot create checkpoint topic " + topic + ": "
                                + e.getCause().getMessage(),
                        e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating checkpoint topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out creating checkpoint topic " + topic, e);
        }
    }
}
