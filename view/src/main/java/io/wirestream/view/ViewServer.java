package io.wirestream.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.schemas.AvroJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view's HTTP endpoints on the JDK HTTP server. HTML pages:
 * <ul>
 *   <li>{@code /} the latest articles ({@code ?limit=}, default 50);</li>
 *   <li>{@code /article/{id}} one article: text with entities and segments, credits, embeds, cleaning report, provenance;</li>
 *   <li>{@code /trending?window=hour|day} trending entities per type with sparklines;</li>
 *   <li>{@code /entity/{canonicalId}} every recent mention of an entity in every language and script;</li>
 *   <li>{@code /stats} articles/s, totals, languages, sources, dead letters by reason;</li>
 * </ul>
 * and their JSON under {@code /api/articles}, {@code /api/article/{id}}, {@code /api/trending},
 * {@code /api/entity/{canonicalId}}, {@code /api/stats}, plus {@code /api/health}. Assets come from the
 * class path under {@code /static/}. While Kafka Streams starts or rebalances, pages answer 503 and retry.
 */
public final class ViewServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ViewServer.class);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;
    private static final int TRENDING_PER_TYPE = 15;
    private static final Map<String, String> ASSETS = Map.of(
            "/static/view.css", "text/css; charset=utf-8",
            "/static/view.js", "text/javascript; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService executor;
    private final NewsroomQueries queries;
    private final Supplier<String> state;
    private final int refreshSeconds;
    private final Map<String, byte[]> assets = new HashMap<>();

    private ViewServer(HttpServer server, ExecutorService executor, NewsroomQueries queries, Supplier<String> state,
                       int refreshSeconds) {
        this.server = server;
        this.executor = executor;
        this.queries = queries;
        this.state = state;
        this.refreshSeconds = refreshSeconds;
    }

    /**
     * Starts serving on {@code host:port} (0 = any free port).
     *
     * @param state          Kafka Streams state, for {@code /stats} and {@code /api/health}
     * @param refreshSeconds how often live pages refresh, 0 = never
     */
    public static ViewServer start(String host, int port, NewsroomQueries queries, Supplier<String> state,
                                   int refreshSeconds) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "wirestream-view-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        ViewServer view = new ViewServer(server, executor, queries, state, refreshSeconds);
        view.loadAssets();
        server.createContext("/", view::handle);
        server.start();
        LOG.info("Newsroom view on http://{}:{}/", host, server.getAddress().getPort());
        return view;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void loadAssets() throws IOException {
        for (String path : ASSETS.keySet()) {
            try (InputStream in = ViewServer.class.getResourceAsStream(path.replace("/static/", "static/"))) {
                if (in == null) {
                    throw new IOException("asset " + path + " is missing from the class path");
                }
                assets.put(path, in.readAllBytes());
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            try {
                route(exchange, path, query);
            } catch (InvalidStateStoreException e) {
                String current = state.get();
                if (path.startsWith("/api/")) {
                    json(exchange, 503, Map.of("error", "the view is not ready", "state", current));
                } else {
                    html(exchange, 503, Pages.message("Starting", "The view is loading its state (Kafka Streams: " + current
                            + "). This page retries by itself.", 2));
                }
            } catch (IllegalArgumentException e) {
                if (path.startsWith("/api/")) {
                    json(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
                } else {
                    html(exchange, 400, Pages.message("Bad request", String.valueOf(e.getMessage()), 0));
                }
            } catch (RuntimeException e) {
                LOG.error("Cannot answer {}", path, e);
                html(exchange, 500, Pages.message("Error", "The view could not answer this request; see its log.", 0));
            }
        }
    }

    private void route(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        if (ASSETS.containsKey(path)) {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, ASSETS.get(path), assets.get(path));
        } else if (path.equals("/")) {
            html(exchange, 200, Pages.index(queries.latest(limit(query)), refreshSeconds));
        } else if (path.startsWith("/article/")) {
            String id = decodePath(path.substring("/article/".length()));
            Optional<ValueAndTimestamp<EnrichedArticle>> article = queries.article(id);
            if (article.isPresent()) {
                html(exchange, 200, Pages.article(article.get().value(), article.get().timestamp()));
            } else {
                html(exchange, 404, Pages.message("Not found", "No article '" + id + "' among the latest the view keeps.", 0));
            }
        } else if (path.equals("/trending")) {
            html(exchange, 200, Pages.trending(queries.trending(TrendWindow.fromKey(query.get("window")), TRENDING_PER_TYPE),
                    refreshSeconds));
        } else if (path.startsWith("/entity/")) {
            String canonicalId = decodePath(path.substring("/entity/".length()));
            Optional<ViewModels.EntityPage> page = queries.entity(canonicalId);
            if (page.isPresent()) {
                html(exchange, 200, Pages.entity(page.get()));
            } else {
                html(exchange, 404, Pages.message("Not found", "No recent mentions of '" + canonicalId + "'.", 0));
            }
        } else if (path.equals("/stats")) {
            html(exchange, 200, Pages.stats(queries.stats(), state.get(), refreshSeconds));
        } else if (path.startsWith("/api/")) {
            api(exchange, path.substring("/api".length()), query);
        } else if (path.equals("/favicon.ico")) {
            send(exchange, 204, "image/x-icon", new byte[0]);
        } else {
            html(exchange, 404, Pages.message("Not found", "There is no page " + decodePath(path) + ".", 0));
        }
    }

    private void api(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        if (path.equals("/articles")) {
            json(exchange, 200, queries.latest(limit(query)));
        } else if (path.startsWith("/article/")) {
            Optional<ValueAndTimestamp<EnrichedArticle>> article = queries.article(decodePath(path.substring("/article/".length())));
            if (article.isPresent()) {
                ObjectNode tree = AvroJson.toTree(article.get().value());
                tree.put("receivedAt", Instant.ofEpochMilli(article.get().timestamp()).toString());
                json(exchange, 200, tree);
            } else {
                json(exchange, 404, Map.of("error", "not found"));
            }
        } else if (path.equals("/trending")) {
            json(exchange, 200, queries.trending(TrendWindow.fromKey(query.get("window")), TRENDING_PER_TYPE));
        } else if (path.startsWith("/entity/")) {
            Optional<ViewModels.EntityPage> page = queries.entity(decodePath(path.substring("/entity/".length())));
            if (page.isPresent()) {
                json(exchange, 200, page.get());
            } else {
                json(exchange, 404, Map.of("error", "not found"));
            }
        } else if (path.equals("/stats")) {
            json(exchange, 200, queries.stats());
        } else if (path.equals("/health")) {
            json(exchange, 200, Map.of("state", state.get()));
        } else {
            json(exchange, 404, Map.of("error", "not found", "endpoints",
                    new String[] {"/api/articles", "/api/article/{id}", "/api/trending?window=hour|day", "/api/entity/{canonicalId}",
                        "/api/stats", "/api/health"}));
        }
    }

    private static int limit(Map<String, String> query) {
        String value = query.get("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number, was '" + value + "'", e);
        }
    }

    private void html(HttpExchange exchange, int status, String page) throws IOException {
        Pages.securityHeaders().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        send(exchange, status, "application/json; charset=utf-8", JsonSerde.MAPPER.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || status == 204;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Query parameters, percent-decoded ({@code +} is a space there); the first of repeated keys wins. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    /** A raw path segment percent-decoded as UTF-8 ({@code +} stays a plus). */
    static String decodePath(String raw) {
        return decode(raw, false);
    }

    private static String decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0 && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
