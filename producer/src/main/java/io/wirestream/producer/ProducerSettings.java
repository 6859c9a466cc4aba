package io.wirestream.producer;

import io.wirestream.config.KafkaConnection;
import io.wirestream.config.SettingValues;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Typed settings of the producer, from flat settings:
 * <ul>
 *   <li>{@code topic.raw} (default {@code articles.raw});</li>
 *   <li>{@code producer.transactional.id}: when set, articles are published in transactions together
 *       with a checkpoint of the last input line, so a re-run after a crash resumes there and the raw
 *       topic holds every line exactly once for read_committed readers (unset: idempotent, at least
 *       once across re-runs);</li>
 *   <li>{@code producer.checkpoint.topic} (default {@code <topic.raw>.checkpoints}, compacted, created when missing),
 *       {@code producer.transaction.records} (500) and {@code producer.transaction.ms} (1000): how often to commit;</li>
 *   <li>{@code producer.rate}: at most this many articles per second (0 = as fast as possible);</li>
 *   <li>{@code producer.progress.interval.ms} (5000), {@code producer.close.timeout.ms} (60000);</li>
 *   <li>the connection settings of {@link KafkaConnection}.</li>
 * </ul>
 */
public record ProducerSettings(
        KafkaConnection connection,
        String topic,
        Duration progressInterval,
        Duration closeTimeout,
        String transactionalId,
        String checkpointTopic,
        int transactionRecords,
        Duration transactionInterval,
        double rate) {

    public ProducerSettings {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        Objects.requireNonNull(checkpointTopic, "checkpointTopic");
        Objects.requireNonNull(transactionInterval, "transactionInterval");
        if (transactionalId != null && transactionalId.isBlank()) {
            throw new IllegalArgumentException("producer.transactional.id must not be blank");
        }
        if (transactionRecords < 1) {
            throw new IllegalArgumentException(
                    "producer.transaction.records must be positive, was " + transactionRecords);
        }
        if (rate < 0) {
            throw new IllegalArgumentException("producer.rate must not be negative, was " + rate);
        }
    }

    public static ProducerSettings from(Map<String, String> settings) {
        String topic = settings.getOrDefault("topic.raw", "articles.raw");
        return new ProducerSettings(
                KafkaConnection.from(settings),
                topic,
                Duration.ofMillis(SettingValues.longValue(settings, "producer.progress.interval.ms", 5000)),
                Duration.ofMillis(SettingValues.longValue(settings, "producer.close.timeout.ms", 60000)),
                settings.get("producer.transactional.id"),
                settings.getOrDefault("producer.checkpoint.topic", topic + ".checkpoints"),
                (int) SettingValues.longValue(settings, "producer.transaction.records", 500),
                Duration.ofMillis(SettingValues.longValue(settings, "producer.transaction.ms", 1000)),
                Double.parseDouble(settings.getOrDefault("producer.rate", "0")));
    }

    /** Whether publishing is transactional with resumable checkpoints. */
    public boolean transactional() {
        return transactionalId != null;
    }
}
