package io.wirestream.streams;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirestream.enrichment.Enricher;
import io.wirestream.streams.config.ProcessorSettings;
import io.wirestream.streams.ops.MicrometerPipelineMetrics;
import io.wirestream.streams.ops.OpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running streams processor: the enrichment topology in a {@link KafkaStreams} instance, its
 * metrics and, when {@code health.port} is set, the operations endpoint. Start it, wait for it to
 * run, close it; {@link #runUntilShutdown()} is what {@code main} does.
 */
public final class EnrichmentProcessor implements AutoCloseable {

    /** How long {@link #close()} waits for Kafka Streams to commit and leave the group. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentProcessor.class);

    private final ProcessorSettings settings;
    private final KafkaStreams streams;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private final StreamsLifecycle lifecycle;
    private final OpsServer ops;

    /** Builds the topology; {@code enricher} must already have its models loaded. */
    public EnrichmentProcessor(ProcessorSettings settings, Enricher enricher) {
        this.settings = settings;
        Topology topology = EnrichmentTopology.build(
                settings.topics(),
                TopologySerdes.avro(settings.connection().serdeConfigForClients()),
                enricher.withNlpCharBudget(settings.nlpCharBudget()),
                TopologyOptions.defaults()
                        .withDedup(settings.dedup())
                        .withMetrics(new MicrometerPipelineMetrics(registry)));
        LOG.info("Topology:\n{}", topology.describe());
        this.streams = new KafkaStreams(topology, settings.streamsConfig());
        this.lifecycle = new StreamsLifecycle(streams, "enrichment processor " + settings.applicationId());
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        this.ops = settings.healthPort() < 0 ? null : startOps(settings.healthPort());
    }

    private OpsServer startOps(int port) {
        try {
            return OpsServer.start("0.0.0.0", port, this::health, registry::scrape);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the operations endpoint on port " + port, e);
        }
    }

    /** Starts processing in the background. */
    public void start() {
        LOG.info(
                "Starting enrichment processor {} on {}: {} -> {} / {} / {}",
                settings.applicationId(),
                settings.connection().bootstrapServers(),
                settings.topics().raw(),
                settings.topics().enriched(),
                settings.topics().deadLetter(),
                settings.topics().duplicates());
        streams.start();
    }

    /** Waits until the processor is RUNNING; false on timeout or when it stopped. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return lifecycle.awaitRunning(timeout);
    }

    /** Current Kafka Streams state. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Port of the operations endpoint, or -1 when it is off. */
    public int opsPort() {
        return ops == null ? -1 : ops.port();
    }

    /** What {@code /health} and {@code /ready} report; models are loaded before this object exists. */
    public OpsServer.Health health() {
        KafkaStreams.State state = streams.state();
        boolean alive = state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED;
        return new OpsServer.Health(
                state.name(),
                alive,
                state == KafkaStreams.State.RUNNING,
                true,
                lag(),
                streams.metadataForLocalThreads().size());
    }

    /** Records the processor is behind on the raw topic, summed over its partitions. */
    public long lag() {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> metric : streams.metrics().entrySet()) {
            MetricName name = metric.getKey();
            if (name.name().equals("records-lag")
                    && name.group().equals("consumer-fetch-manager-metrics")
                    && settings.topics().raw().equals(name.tags().get("topic"))) {
                Object value = metric.getValue().metricValue();
                if (value instanceof Double d && !d.isNaN()) {
                    total += d;
                }
            }
        }
        return (long) total;
    }

    /** Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    /** Starts, then blocks until the JVM is asked to stop (SIGTERM, Ctrl-C) or the streams die. */
    public void runUntilShutdown() throws InterruptedException {
        Thread hook = new Thread(this::close, "wirestream-processor-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        start();
        lifecycle.awaitStopped();
    }

    @Override
    public void close() {
        LOG.info("Closing enrichment processor {}", settings.applicationId());
        streams.close(CLOSE_TIMEOUT);
        streamsMetrics.close();
        if (ops != null) {
            ops.close();
        }
        lifecycle.markStopped();
    }
}
