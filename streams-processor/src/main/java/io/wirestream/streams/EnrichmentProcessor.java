package io.wirestream.streams;

import io.wirestream.enrichment.Enricher;
import io.wirestream.streams.config.ProcessorSettings;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running streams processor: the enrichment topology in a {@link KafkaStreams} instance. Start
 * it, wait for it to run, close it; {@link #runUntilShutdown()} is what {@code main} does.
 */
public final class EnrichmentProcessor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentProcessor.class);

    private final ProcessorSettings settings;
    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Builds the topology; {@code enricher} must already have its models loaded. */
    public EnrichmentProcessor(ProcessorSettings settings, Enricher enricher) {
        this.settings = settings;
        Topology topology = EnrichmentTopology.build(settings.topics(),
                TopologySerdes.avro(settings.connection().serdeConfigForClients()),
                enricher.withNlpCharBudget(settings.nlpCharBudget()), settings.dedup(), java.time.Clock.systemUTC());
        LOG.info("Topology:\n{}", topology.describe());
        this.streams = new KafkaStreams(topology, settings.streamsConfig());
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread died; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((next, previous) -> {
            LOG.info("Kafka Streams state {} -> {}", previous, next);
            if (next == KafkaStreams.State.NOT_RUNNING || next == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
    }

    /** Starts processing in the background. */
    public void start() {
        LOG.info("Starting enrichment processor {} on {}: {} -> {} / {}", settings.applicationId(),
                settings.connection().bootstrapServers(), settings.topics().raw(), settings.topics().enriched(),
                settings.topics().deadLetter());
        streams.start();
    }

    /** Waits until the processor is RUNNING; false on timeout. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || !streams.state().isRunningOrRebalancing() && streams.state() != KafkaStreams.State.CREATED) {
                return false;
            }
            if (stopped.await(100, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        return true;
    }

    /** Current Kafka Streams state. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Starts, then blocks until the JVM is asked to stop (SIGTERM, Ctrl-C) or the streams die. */
    public void runUntilShutdown() throws InterruptedException {
        Thread hook = new Thread(this::close, "wirestream-processor-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        start();
        stopped.await();
    }

    @Override
    public void close() {
        LOG.info("Closing enrichment processor {}", settings.applicationId());
        streams.close(Duration.ofSeconds(30));
        stopped.countDown();
    }
}
