package io.wirestream.streams.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor's operations endpoint on the JDK HTTP server:
 * <ul>
 *   <li>{@code GET /health}: 200 while the app is alive (starting, running or rebalancing), else 503;</li>
 *   <li>{@code GET /ready}: 200 once models are loaded and Kafka Streams is RUNNING, else 503;</li>
 *   <li>{@code GET /metrics}: Prometheus text exposition.</li>
 * </ul>
 * Both health endpoints answer with a JSON body: state, whether models are loaded, lag and threads.
 */
public final class OpsServer implements AutoCloseable {

    /** What the health endpoints report. */
    public record Health(String state, boolean alive, boolean ready, boolean modelsLoaded, long lag, int threads) {}

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on {@code host:port} (0 = any free port). */
    public static OpsServer start(String host, int port, Supplier<Health> health, Supplier<String> prometheus)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "wirestream-ops-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/health", exchange -> {
            Health h = health.get();
            json(exchange, h.alive() ? 200 : 503, h);
        });
        server.createContext("/ready", exchange -> {
            Health h = health.get();
            json(exchange, h.ready() ? 200 : 503, h);
        });
        server.createContext(
                "/metrics",
                exchange -> respond(
                        exchange,
                        200,
                        "text/plain; version=0.0.4; charset=utf-8",
                        prometheus.get().getBytes(StandardCharsets.UTF_8)));
        server.createContext(
                "/",
                exchange -> json(exchange, 404, Map.of("error", "not found", "endpoints", new String[] {
                    "/health", "/ready", "/metrics"
                })));
        server.start();
        LOG.info(
                "Operations endpoint on http://{}:{}/ (health, ready, metrics)",
                host,
                server.getAddress().getPort());
        return new OpsServer(server);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        respond(exchange, status, "application/json", MAPPER.writeValueAsBytes(body));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange;
                OutputStream out = exchange.getResponseBody()) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
