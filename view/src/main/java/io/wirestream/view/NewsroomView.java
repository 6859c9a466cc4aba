package io.wirestream.view;

import io.wirestream.streams.StreamsLifecycle;
import io.wirestream.streams.TopologySerdes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running newsroom view: {@link ViewTopology} in its own {@link KafkaStreams} application and the
 * {@link ViewServer} answering from its stores. Start it, read {@link #url()}, close it;
 * {@link #runUntilShutdown()} is what the {@code view} command does. Several instances under one
 * application id share the partitions and answer for all of them together (see {@link ClusterQueries}).
 */
public final class NewsroomView implements AutoCloseable {

    /** How long {@link #close()} waits for Kafka Streams to leave the group. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    /** How long a page waits for another view instance's answer before showing a partial one. */
    public static final Duration PEER_TIMEOUT = Duration.ofSeconds(3);

    private static final Logger LOG = LoggerFactory.getLogger(NewsroomView.class);

    private final ViewSettings settings;
    private final KafkaStreams streams;
    private final StreamsLifecycle lifecycle;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, PeerReader> readers = new ConcurrentHashMap<>();
    private ViewServer server;

    public NewsroomView(ViewSettings settings) {
        this.settings = settings;
        Topology topology = ViewTopology.build(
                settings.topics(),
                TopologySerdes.avro(settings.connection().serdeConfigForClients()),
                settings.options());
        LOG.debug("View topology:\n{}", topology.describe());
        this.streams = new KafkaStreams(topology, settings.streamsConfig());
        this.lifecycle = new StreamsLifecycle(streams, "newsroom view " + settings.applicationId());
    }

    /** Starts Kafka Streams and the HTTP server; the pages answer 503 until the stores are ready. */
    public void start() {
        LOG.info(
                "Starting newsroom view {} on {}: {} / {}",
                settings.applicationId(),
                settings.connection().bootstrapServers(),
                settings.topics().enriched(),
                settings.topics().deadLetter());
        try {
            ClusterQueries queries = new ClusterQueries(
                    new NewsroomQueries(ViewStores.of(streams), Clock.systemUTC()),
                    this::peers,
                    Clock.systemUTC(),
                    () -> streams.state() == KafkaStreams.State.RUNNING);
            server = ViewServer.start(
                    settings.host(),
                    settings.port(),
                    queries,
                    () -> streams.state().name(),
                    settings.refreshSeconds());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the view on " + settings.host() + ":" + settings.port(), e);
        }
        streams.start();
    }

    /**
     * The other instances of this view application, as Kafka Streams' metadata names them after the last
     * rebalance; none unless {@code view.advertised.host} is set.
     */
    private List<ClusterQueries.Peer> peers() {
        Optional<String> self = settings.advertised();
        if (self.isEmpty()) {
            return List.of();
        }
        Collection<StreamsMetadata> instances;
        try {
            instances = streams.metadataForAllStreamsClients();
        } catch (StreamsException | IllegalStateException e) {
            LOG.debug("No instance metadata yet: {}", e.getMessage());
            return List.of();
        }
        List<ClusterQueries.Peer> peers = new ArrayList<>();
        for (StreamsMetadata instance : instances) {
            HostInfo host = instance.hostInfo();
            String name = host.host() + ":" + host.port();
            if (host.port() > 0 && !name.equals(self.get())) {
                peers.add(new ClusterQueries.Peer(
                        name, readers.computeIfAbsent(name, n -> new PeerReader(n, http, PEER_TIMEOUT))));
            }
        }
        return peers;
    }

    /** Waits until Kafka Streams is RUNNING; false on timeout or when it stopped. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return lifecycle.awaitRunning(timeout);
    }

    /** Current Kafka Streams state. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Where the view is served, e.g. {@code http://127.0.0.1:8088/}; only after {@link #start()}. */
    public URI url() {
        if (server == null) {
            throw new IllegalStateException("the view is not started");
        }
        String host = settings.host().equals("0.0.0.0") || settings.host().equals("::") ? "localhost" : settings.host();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/");
    }

    /** Starts, then blocks until the JVM is asked to stop (SIGTERM, Ctrl-C) or the streams die. */
    public void runUntilShutdown() throws InterruptedException {
        Thread hook = new Thread(this::close, "wirestream-view-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        start();
        lifecycle.awaitStopped();
    }

    /** Blocks until {@link #close()} or the streams die. */
    public void awaitStop() throws InterruptedException {
        lifecycle.awaitStopped();
    }

    @Override
    public synchronized void close() {
        LOG.info("Closing newsroom view {}", settings.applicationId());
        if (server != null) {
            server.close();
            server = null;
        }
        streams.close(CLOSE_TIMEOUT);
        lifecycle.markStopped();
    }
}
