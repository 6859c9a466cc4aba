package io.wirestream.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.schemas.AvroJson;
import io.wirestream.view.ClusterQueries.Answer;
import io.wirestream.view.ViewModels.ArticleSummary;
import io.wirestream.view.ViewModels.EntityPage;
import io.wirestream.view.ViewModels.Stats;
import io.wirestream.view.ViewModels.Trending;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>Pages and the API answer for all partitions ({@link ClusterQueries}); when another view instance did
 * not answer, pages carry a notice and responses the {@value #PARTIAL_HEADER} header naming it. Under
 * {@value PeerReader#INTERNAL} each instance serves its own stores' answers to the others: {@code latest},
 * {@code article/{id}}, {@code trending}, {@code entity/{canonicalId}}, {@code stats}.
 */
public final class ViewServer implements AutoCloseable {

    /** Response header naming the view instances that did not contribute to a partial answer. */
    public static final String PARTIAL_HEADER = "X-Wirestream-Partial";

    private static final Logger LOG = LoggerFactory.getLogger(ViewServer.class);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 1000;
    private static final int TRENDING_PER_TYPE = 15;
    private static final Map<String, String> ASSETS = Map.of(
            "/static/view.css", "text/css; charset=utf-8",
            "/static/view.js", "text/javascript; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService executor;
    private final ClusterQueries queries;
    private final Supplier<String> state;
    private final int refreshSeconds;
    private final Map<String, byte[]> assets = new HashMap<>();

    private ViewServer(
            HttpServer server,
            ExecutorService executor,
            ClusterQueries queries,
            Supplier<String> state,
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
    public static ViewServer start(
            String host, int port, ClusterQueries queries, Supplier<String> state, int refreshSeconds)
            throws IOException {
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
                if (path.startsWith("/api/") || path.startsWith(PeerReader.INTERNAL + "/")) {
                    json(exchange, 503, Map.of("error", "the view is not ready", "state", current));
                } else {
                    html(
                            exchange,
                            503,
                            Pages.message(
                                    "Starting",
                                    "The view is loading its state (Kafka Streams: " + current
                                            + "). This page retries by itself.",
                                    2));
                }
            } catch (IllegalArgumentException e) {
                if (path.startsWith("/api/") || path.startsWith(PeerReader.INTERNAL + "/")) {
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
            Answer<List<ArticleSummary>> latest = queries.latest(limit(query));
            html(exchange, 200, Pages.index(latest.value(), refreshSeconds), latest);
        } else if (path.startsWith("/article/")) {
            String id = decodePath(path.substring("/article/".length()));
            Answer<Optional<ValueAndTimestamp<EnrichedArticle>>> article = queries.article(id);
            if (article.value().isPresent()) {
                html(
                        exchange,
                        200,
                        Pages.article(
                                article.value().get().value(),
                                article.value().get().timestamp()),
                        article);
            } else {
                html(
                        exchange,
                        404,
                        Pages.message("Not found", "No article '" + id + "' among the latest the view keeps.", 0),
                        article);
            }
        } else if (path.equals("/trending")) {
            Answer<Trending> trending = queries.trending(TrendWindow.fromKey(query.get("window")), TRENDING_PER_TYPE);
            html(exchange, 200, Pages.trending(trending.value(), refreshSeconds), trending);
        } else if (path.startsWith("/entity/")) {
            String canonicalId = decodePath(path.substring("/entity/".length()));
            Answer<Optional<EntityPage>> page = queries.entity(canonicalId);
            if (page.value().isPresent()) {
                html(exchange, 200, Pages.entity(page.value().get()), page);
            } else {
                html(
                        exchange,
                        404,
                        Pages.message("Not found", "No recent mentions of '" + canonicalId + "'.", 0),
                        page);
            }
        } else if (path.equals("/stats")) {
            Answer<Stats> stats = queries.stats();
            html(exchange, 200, Pages.stats(stats.value(), state.get(), refreshSeconds), stats);
        } else if (path.startsWith("/api/")) {
            api(exchange, path.substring("/api".length()), query);
        } else if (path.startsWith(PeerReader.INTERNAL + "/")) {
            internal(exchange, path.substring(PeerReader.INTERNAL.length()), query);
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
            Answer<Optional<ValueAndTimestamp<EnrichedArticle>>> article =
                    queries.article(decodePath(path.substring("/article/".length())));
            if (article.value().isPresent()) {
                ObjectNode tree = AvroJson.toTree(article.value().get().value());
                tree.put(
                        "receivedAt",
                        Instant.ofEpochMilli(article.value().get().timestamp()).toString());
                json(exchange, 200, new Answer<>(tree, article.unreachable()));
            } else {
                json(exchange, 404, new Answer<>(Map.of("error", "not found"), article.unreachable()));
            }
        } else if (path.equals("/trending")) {
            json(exchange, 200, queries.trending(TrendWindow.fromKey(query.get("window")), TRENDING_PER_TYPE));
        } else if (path.startsWith("/entity/")) {
            Answer<Optional<EntityPage>> page = queries.entity(decodePath(path.substring("/entity/".length())));
            if (page.value().isPresent()) {
                json(exchange, 200, new Answer<>(page.value().get(), page.unreachable()));
            } else {
                json(exchange, 404, new Answer<>(Map.of("error", "not found"), page.unreachable()));
            }
        } else if (path.equals("/stats")) {
            json(exchange, 200, queries.stats());
        } else if (path.equals("/health")) {
            json(exchange, 200, Map.of("state", state.get()));
        } else {
            json(exchange, 404, Map.of("error", "not found", "endpoints", new String[] {
                "/api/articles",
                "/api/article/{id}",
                "/api/trending?window=hour|day",
                "/api/entity/{canonicalId}",
                "/api/stats",
                "/api/health"
            }));
        }
    }

    /** This instance's own answers, for the other instances' {@link PeerReader}s. */
    private void internal(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        NewsroomQueries local = queries.local();
        if (path.equals("/latest")) {
            json(exchange, 200, local.latest(limit(query)));
        } else if (path.startsWith("/article/")) {
            Optional<ValueAndTimestamp<EnrichedArticle>> article =
                    local.article(decodePath(path.substring("/article/".length())));
            if (article.isPresent()) {
                exchange.getResponseHeaders()
                        .set(PeerReader.RECEIVED_AT, Long.toString(article.get().timestamp()));
                ByteBuffer avro = article.get().value().toByteBuffer();
                byte[] body = new byte[avro.remaining()];
                avro.get(body);
                send(exchange, 200, "application/octet-stream", body);
            } else {
                json(exchange, 404, Map.of("error", "not found"));
            }
        } else if (path.equals("/trending")) {
            json(
                    exchange,
                    200,
                    local.trending(
                            TrendWindow.fromKey(query.get("window")),
                            positive(query, "perType"),
                            positiveLong(query, "at")));
        } else if (path.startsWith("/entity/")) {
            Optional<EntityPage> page = local.entity(decodePath(path.substring("/entity/".length())));
            if (page.isPresent()) {
                json(exchange, 200, page.get());
            } else {
                json(exchange, 404, Map.of("error", "not found"));
            }
        } else if (path.equals("/stats")) {
            json(exchange, 200, local.stats(positiveLong(query, "at")));
        } else {
            json(exchange, 404, Map.of("error", "not found"));
        }
    }

    private static int positive(Map<String, String> query, String name) {
        return (int) Math.min(Integer.MAX_VALUE, positiveLong(query, name));
    }

    private static long positiveLong(Map<String, String> query, String name) {
        String value = query.get(name);
        try {
            long parsed = Long.parseLong(value == null ? "" : value.strip());
            if (parsed <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'", e);
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

    private void html(HttpExchange exchange, int status, String page, Answer<?> answer) throws IOException {
        if (answer.partial()) {
            exchange.getResponseHeaders().set(PARTIAL_HEADER, String.join(",", answer.unreachable()));
            html(exchange, status, Pages.partial(page, answer.unreachable()));
        } else {
            html(exchange, status, page);
        }
    }

    private void html(HttpExchange exchange, int status, String page) throws IOException {
        Pages.securityHeaders().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** The answer's value as JSON; a partial answer names the missing instances in {@link #PARTIAL_HEADER}. */
    private static void json(HttpExchange exchange, int status, Answer<?> answer) throws IOException {
        if (answer.partial()) {
            exchange.getResponseHeaders().set(PARTIAL_HEADER, String.join(",", answer.unreachable()));
        }
        json(exchange, status, answer.value());
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
            if (c == '%'
                    && i + 2 < raw.length()
                    && Character.digit(raw.charAt(i + 1), 16) >= 0
                    && Character.digit(raw.charAt(i + 2), 16) >= 0) {
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
