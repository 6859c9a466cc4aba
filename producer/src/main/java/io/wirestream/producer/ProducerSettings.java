package io.wirestream.producer;

import io.wirestream.config.KafkaConnection;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Typed settings of the producer, from flat settings: {@code topic.raw} (default
 * {@code articles.raw}), {@code producer.progress.interval.ms} (5000), {@code producer.close.timeout.ms}
 * (60000), and the connection settings of {@link KafkaConnection}.
 */
public record ProducerSettings(KafkaConnection connection, String topic, Duration progressInterval, Duration closeTimeout) {

    public ProducerSettings {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
    }

    public static ProducerSettings from(Map<String, String> settings) {
        return new ProducerSettings(KafkaConnection.from(settings),
                settings.getOrDefault("topic.raw", "articles.raw"),
                Duration.ofMillis(Long.parseLong(settings.getOrDefault("producer.progress.interval.ms", "5000"))),
                Duration.ofMillis(Long.parseLong(settings.getOrDefault("producer.close.timeout.ms", "60000"))));
    }
}
