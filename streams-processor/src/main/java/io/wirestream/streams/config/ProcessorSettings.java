package io.wirestream.streams.config;

import io.wirestream.config.KafkaConnection;
import io.wirestream.config.SettingValues;
import io.wirestream.enrichment.Enricher;
import io.wirestream.streams.DedupSettings;
import io.wirestream.streams.TopicSetup;
import io.wirestream.streams.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Typed, validated settings of the streams processor. Built from flat settings (defaults &lt; file
 * &lt; environment &lt; flags, merged by the caller) with {@link #from(Map)}:
 * <ul>
 *   <li>{@code application.id} (default {@code wirestream-enricher}), {@code num.stream.threads} (1),
 *       {@code state.dir} (Kafka Streams' default), {@code processing.guarantee} ({@code exactly_once_v2})</li>
 *   <li>{@code topic.raw}, {@code topic.enriched}, {@code topic.dead-letter}, {@code topic.duplicates}</li>
 *   <li>{@code dedup.window} (ISO-8601, default {@code P1D}), {@code dedup.partitions} (1),
 *       {@code dedup.near-duplicate.threshold} (0.5)</li>
 *   <li>{@code nlp.char.budget} (characters of clean text the NLP stages see, default 100,000)</li>
 *   <li>{@code health.port}: HTTP port of {@code /health}, {@code /ready} and {@code /metrics}
 *       (-1 = off, the default; 0 = any free port)</li>
 *   <li>connection settings: see {@link KafkaConnection}; any {@code kafka.*} key is passed to Kafka
 *       Streams and its clients unchanged (e.g. {@code kafka.commit.interval.ms})</li>
 * </ul>
 */
public record ProcessorSettings(
        String applicationId,
        KafkaConnection connection,
        Topics topics,
        int numStreamThreads,
        Path stateDir,
        String processingGuarantee,
        DedupSettings dedup,
        int nlpCharBudget,
        int healthPort) {

    public static final String DEFAULT_APPLICATION_ID = "wirestream-enricher";

    public ProcessorSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(processingGuarantee, "processingGuarantee");
        Objects.requireNonNull(dedup, "dedup");
        if (healthPort < -1 || healthPort > 65535) {
            throw new IllegalArgumentException(
                    "health.port must be -1 (off), 0 (any free port) or a port, was " + healthPort);
        }
        if (numStreamThreads < 1 || numStreamThreads > 64) {
            throw new IllegalArgumentException("num.stream.threads must be within 1..64, was " + numStreamThreads);
        }
        if (!processingGuarantee.equals(StreamsConfig.EXACTLY_ONCE_V2)
                && !processingGuarantee.equals(StreamsConfig.AT_LEAST_ONCE)) {
            throw new IllegalArgumentException(
                    "processing.guarantee must be exactly_once_v2 or at_least_once, was " + processingGuarantee);
        }
    }

    /** Reads and validates the settings; unknown keys are ignored. */
    public static ProcessorSettings from(Map<String, String> settings) {
        Topics defaults = Topics.defaults();
        return new ProcessorSettings(
                settings.getOrDefault("application.id", DEFAULT_APPLICATION_ID),
                KafkaConnection.from(settings),
                new Topics(
                        settings.getOrDefault("topic.raw", defaults.raw()),
                        settings.getOrDefault("topic.enriched", defaults.enriched()),
                        settings.getOrDefault("topic.dead-letter", defaults.deadLetter()),
                        settings.getOrDefault("topic.duplicates", defaults.duplicates())),
                SettingValues.integer(settings, "num.stream.threads", 1),
                settings.containsKey("state.dir") ? Path.of(settings.get("state.dir")) : null,
                settings.getOrDefault("processing.guarantee", StreamsConfig.EXACTLY_ONCE_V2),
                new DedupSettings(
                        SettingValues.duration(
                                settings,
                                "dedup.window",
                                DedupSettings.defaults().window()),
                        SettingValues.integer(settings, "dedup.partitions", 1),
                        Double.parseDouble(settings.getOrDefault("dedup.near-duplicate.threshold", "0.5"))),
                SettingValues.integer(settings, "nlp.char.budget", Enricher.DEFAULT_NLP_CHAR_BUDGET),
                SettingValues.integer(settings, "health.port", -1));
    }

    /** The Kafka Streams configuration. */
    public StreamsConfig streamsConfig() {
        Properties props = new Properties();
        props.putAll(connection.clientConfig());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, numStreamThreads);
        // records up to the topics' limit, also on the internal repartition topic
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), TopicSetup.MAX_MESSAGE_BYTES);
        props.put(
                StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
                String.valueOf(TopicSetup.MAX_MESSAGE_BYTES));
        if (stateDir != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        // explicit pass-through wins over our defaults
        props.putAll(connection.clientOverrides());
        return new StreamsConfig(props);
    }
}
