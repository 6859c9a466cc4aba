package io.wirestream.view;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.schemas.GeneratedClasses;
import io.wirestream.view.ViewModels.ArticleSummary;
import io.wirestream.view.ViewModels.EntityPage;
import io.wirestream.view.ViewModels.Stats;
import io.wirestream.view.ViewModels.Trending;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Another view instance's local answers, asked over HTTP at its {@code /internal/v1/} endpoints (served
 * by {@link ViewServer} from that instance's {@link NewsroomQueries}). Summaries, trending, entity pages
 * and stats travel as JSON; an article as Avro single-object encoding with its record timestamp in the
 * {@value #RECEIVED_AT} header. Every failure (refused, timed out, 503 while the peer is not ready,
 * unreadable body) is an {@link UncheckedIOException} naming the peer. Thread-safe.
 */
final class PeerReader implements NewsroomReader {

    /** Path prefix of the endpoints instances serve one another. */
    static final String INTERNAL = "/internal/v1";
    /** Header carrying an article's record timestamp, epoch millis. */
    static final String RECEIVED_AT = "X-Wirestream-Received-At";

    private static final TypeReference<List<ArticleSummary>> SUMMARIES = new TypeReference<>() {};
    private static final TypeReference<Trending> TRENDING = new TypeReference<>() {};
    private static final TypeReference<EntityPage> ENTITY_PAGE = new TypeReference<>() {};
    private static final TypeReference<Stats> STATS = new TypeReference<>() {};

    private final String name;
    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    PeerReader(String hostPort, HttpClient http, Duration timeout) {
        this.name = hostPort;
        this.base = URI.create("http://" + hostPort + INTERNAL + "/");
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public List<ArticleSummary> latest(int limit) {
        return json(get("latest?limit=" + limit, false), SUMMARIES);
    }

    @Override
    public Optional<ValueAndTimestamp<EnrichedArticle>> article(String id) {
        HttpResponse<byte[]> response = get("article/" + encode(id), true);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        long receivedAt = response.headers()
                .firstValueAsLong(RECEIVED_AT)
                .orElseThrow(() -> failure("no " + RECEIVED_AT + " header", null));
        GeneratedClasses.trust();
        try {
            return Optional.of(ValueAndTimestamp.make(
                    EnrichedArticle.fromByteBuffer(ByteBuffer.wrap(response.body())), receivedAt));
        } catch (IOException | RuntimeException e) {
            throw failure("unreadable article '" + id + "'", e);
        }
    }

    @Override
    public Trending trending(TrendWindow window, int perType, long at) {
        return json(get("trending?window=" + window.key() + "&perType=" + perType + "&at=" + at, false), TRENDING);
    }

    @Override
    public Optional<EntityPage> entity(String canonicalId) {
        HttpResponse<byte[]> response = get("entity/" + encode(canonicalId), true);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(json(response, ENTITY_PAGE));
    }

    @Override
    public Stats stats(long at) {
        return json(get("stats?at=" + at, false), STATS);
    }

    private HttpResponse<byte[]> get(String relative, boolean notFoundIsAnswer) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(relative))
                .timeout(timeout)
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw failure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted", null);
        }
        int status = response.statusCode();
        if (status == 200 || status == 404 && notFoundIsAnswer) {
            return response;
        }
        throw failure("HTTP " + status + " for " + request.uri().getRawPath(), null);
    }

    private <T> T json(HttpResponse<byte[]> response, TypeReference<T> type) {
        try {
            return JsonSerde.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw failure("unreadable answer to " + response.uri().getRawPath(), e);
        }
    }

    private UncheckedIOException failure(String what, Exception cause) {
        return new UncheckedIOException(
                new IOException(String.format(Locale.ROOT, "view instance %s: %s", name, what), cause));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
