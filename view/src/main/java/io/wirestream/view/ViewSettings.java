package io.wirestream.view;

import io.wirestream.config.KafkaConnection;
import io.wirestream.config.SettingValues;
import io.wirestream.streams.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Typed, validated settings of the newsroom view, from flat settings (defaults &lt; file &lt; environment
 * &lt; flags, merged by the caller) with {@link #from(Map)}:
 * <ul>
 *   <li>{@code view.application.id} (default {@code wirestream-view}): its own Kafka Streams application,
 *       never the processor's {@code application.id}</li>
 *   <li>{@code view.host} ({@code 127.0.0.1}; {@code 0.0.0.0} to serve other machines), {@code view.port}
 *       (8088; 0 = any free port), {@code view.refresh.seconds} (5; 0 = pages do not refresh)</li>
 *   <li>{@code view.advertised.host} (none): the host name other instances of the view reach this one at.
 *       Set it on every instance to run several under one {@code view.application.id}: each then hosts
 *       part of the partitions, advertises {@code host:view.port} as Kafka Streams' {@code application.server},
 *       and answers every page for all partitions by asking the others ({@link ClusterQueries}). Needs a
 *       fixed {@code view.port}.</li>
 *   <li>{@code view.latest-articles} (articles kept per partition, 500), {@code view.mentions-per-entity} (200)</li>
 *   <li>{@code state.dir}, {@code topic.enriched}, {@code topic.dead-letter} (and the other topic names),
 *       connection settings (see {@link KafkaConnection}), any {@code kafka.*} key passed to Kafka Streams</li>
 * </ul>
 * <ul>
 *   <li>{@code view.processing.guarantee} ({@code exactly_once_v2}): with it, a crash never counts a mention
 *       twice; {@code at_least_once} trades that for a little less broker work</li>
 * </ul>
 * The view reads with {@code read_committed} (the processor writes transactionally) and skips records
 * it cannot deserialize (they are logged): it is a read model that must not stop on one bad record.
 */
public record ViewSettings(
        String applicationId,
        KafkaConnection connection,
        Topics topics,
        String host,
        int port,
        String advertisedHost,
        Path stateDir,
        int refreshSeconds,
        ViewOptions options,
        String processingGuarantee) {

    public static final String DEFAULT_APPLICATION_ID = "wirestream-view";
    public static final int DEFAULT_PORT = 8088;

    public ViewSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(options, "options");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("view.port must be 0 (any free port) or a port, was " + port);
        }
        if (advertisedHost != null
                && (advertisedHost.isBlank() || advertisedHost.contains(":") && !advertisedHost.startsWith("["))) {
            throw new IllegalArgumentException(
                    "view.advertised.host must be a host name or address (IPv6 in brackets), was '" + advertisedHost
                            + "'");
        }
        if (advertisedHost != null && port == 0) {
            throw new IllegalArgumentException(
                    "view.advertised.host needs a fixed view.port (other instances must know where to ask)");
        }
        if (!StreamsConfig.EXACTLY_ONCE_V2.equals(processingGuarantee)
                && !StreamsConfig.AT_LEAST_ONCE.equals(processingGuarantee)) {
            throw new IllegalArgumentException("view.processing.guarantee must be " + StreamsConfig.EXACTLY_ONCE_V2
                    + " or " + StreamsConfig.AT_LEAST_ONCE + ", was '" + processingGuarantee + "'");
        }
        if (refreshSeconds < 0) {
            throw new IllegalArgumentException("view.refresh.seconds must not be negative, was " + refreshSeconds);
        }
    }

    /** Reads and validates the settings; unknown keys are ignored. */
    public static ViewSettings from(Map<String, String> settings) {
        Topics defaults = Topics.defaults();
        ViewOptions options = ViewOptions.defaults();
        return new ViewSettings(
                settings.getOrDefault("view.application.id", DEFAULT_APPLICATION_ID),
                KafkaConnection.from(settings),
                new Topics(
                        settings.getOrDefault("topic.raw", defaults.raw()),
                        settings.getOrDefault("topic.enriched", defaults.enriched()),
                        settings.getOrDefault("topic.dead-letter", defaults.deadLetter()),
                        settings.getOrDefault("topic.duplicates", defaults.duplicates())),
                settings.getOrDefault("view.host", "127.0.0.1"),
                SettingValues.integer(settings, "view.port", DEFAULT_PORT),
                settings.get("view.advertised.host"),
                settings.containsKey("state.dir") ? Path.of(settings.get("state.dir")) : null,
                SettingValues.integer(settings, "view.refresh.seconds", 5),
                new ViewOptions(
                        SettingValues.integer(settings, "view.latest-articles", options.latestArticles()),
                        SettingValues.integer(settings, "view.mentions-per-entity", options.mentionsPerEntity())),
                settings.getOrDefault("view.processing.guarantee", StreamsConfig.EXACTLY_ONCE_V2));
    }

    /** {@code host:port} this instance advertises to the others, when it runs with others. */
    public Optional<String> advertised() {
        return advertisedHost == null ? Optional.empty() : Optional.of(advertisedHost + ":" + port);
    }

    /** The Kafka Streams configuration of the view. */
    public StreamsConfig streamsConfig() {
        Properties props = new Properties();
        props.putAll(connection.clientConfig());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        if (stateDir != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        advertised().ifPresent(server -> props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server));
        props.putAll(connection.clientOverrides());
        return new StreamsConfig(props);
    }
}
