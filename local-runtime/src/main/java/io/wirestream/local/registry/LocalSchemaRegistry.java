package io.wirestream.local.registry;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry for development and tests that speaks the Confluent Schema Registry REST API
 * (Avro only), on the JDK's HTTP server.
 *
 * <p>State lives in a single-partition compacted Kafka topic: every mutation is written with an
 * idempotent, {@code acks=all} producer and answered only once acknowledged; on start the topic is
 * read to its end, so a new instance on the same topic serves the same subjects, versions and ids.
 * Run one instance per topic at a time.
 *
 * <pre>{@code
 * try (LocalSchemaRegistry registry = LocalSchemaRegistry.start(
 *     broker.bootstrapServers(), "127.0.0.1", 0, "_schemas", Map.of())) {
 *   props.put("schema.registry.url", registry.url());
 * }
 * }</pre>
 */
public final class LocalSchemaRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSchemaRegistry.class);
    private static final int HTTP_THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SchemaStore store;
    private final String url;

    private LocalSchemaRegistry(HttpServer server, ExecutorService executor, SchemaStore store, String url) {
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.url = url;
    }

    /**
     * Starts a registry kept in {@code topic} (created compacted, one partition, replication 1 when
     * missing) and serving on {@code host:port}.
     *
     * @param port 0 picks a free port; see {@link #url()}
     * @param kafkaClientOverrides settings for the registry's Kafka clients (e.g. SASL or TLS)
     * @throws IllegalStateException when the topic cannot be prepared or read
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static LocalSchemaRegistry start(
            String bootstrapServers, String host, int port, String topic, Map<String, Object> kafkaClientOverrides) {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topic, "topic");
        KafkaSchemaJournal journal = KafkaSchemaJournal.open(
                bootstrapServers, topic, kafkaClientOverrides == null ? Map.of() : kafkaClientOverrides);
        InMemorySchemaStore store = new InMemorySchemaStore(journal);
        try {
            journal.replayInto(store);
            LocalSchemaRegistry registry = start(store, host, port);
            LOG.info("Local schema registry on {} backed by topic {}", registry.url(), topic);
            return registry;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Starts a registry over {@code store}, which it closes on {@link #close()}. */
    public static LocalSchemaRegistry start(SchemaStore store, String host, int port) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the schema registry to " + host + ":" + port, e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(HTTP_THREADS, daemonThreads());
        server.createContext("/", new RegistryHttpHandler(store));
        server.setExecutor(executor);
        server.start();
        String advertised = host.equals("0.0.0.0") || host.equals("::")
                ? "127.0.0.1"
                : host.contains(":") ? "[" + host + "]" : host;
        return new LocalSchemaRegistry(
                server,
                executor,
                store,
                "http://" + advertised + ":" + server.getAddress().getPort());
    }

    /** Starts a registry that keeps its state in memory only. */
    public static LocalSchemaRegistry startInMemory(String host, int port) {
        return start(new InMemorySchemaStore(), host, port);
    }

    /** The base URL, for {@code schema.registry.url}. */
    public String url() {
        return url;
    }

    /** Stops serving, then closes the store (and its Kafka producer). */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    @Override
    public String toString() {
        return "LocalSchemaRegistry{" + url + "}";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "wirestream-schema-registry-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
