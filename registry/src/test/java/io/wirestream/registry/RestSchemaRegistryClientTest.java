package io.wirestream.registry;

import static io.wirestream.registry.AvroCompatibilityTest.V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

    private static final String SCHEMA_JSON = V1.toString().replace("\"", "\\\"");

    private final StubRegistry primary = new StubRegistry();
    private final StubRegistry secondary = new StubRegistry();

    @AfterEach
    void stop() {
        primary.close();
        secondary.close();
    }

    @Test
    void shouldPostSchemaWithRegistryContentTypeWhenRegistering() {
        primary.reply("POST /subjects/raw-value/versions", 200, "{\"id\":7}");

        try (RestSchemaRegistryClient client = client(primary.url())) {
            assertThat(client.register("raw-value", V1)).isEqualTo(7);
            assertThat(client.register("raw-value", V1)).isEqualTo(7);
        }

        assertThat(primary.requests()).singleElement().satisfies(r -> {
            assertThat(r.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(r.accept()).startsWith("application/vnd.schemaregistry.v1+json");
            assertThat(r.body()).isEqualTo("{\"schema\":\"" + SCHEMA_JSON + "\"}");
        });
    }

    @Test
    void shouldCacheSchemaByIdWhenFetchedOnce() {
        primary.reply("GET /schemas/ids/3", 200, "{\"schema\":\"" + SCHEMA_JSON + "\"}");

        try (RestSchemaRegistryClient client = client(primary.url())) {
            assertThat(client.getSchemaById(3)).isEqualTo(V1);
            assertThat(client.getSchemaById(3)).isEqualTo(V1);
        }

        assertThat(primary.requests()).hasSize(1);
    }

    @Test
    void shouldUseDocumentedPathsWhenCallingEachOperation() {
        primary.reply(
                "POST /subjects/a%20b",
                200, "{\"subject\":\"a b\",\"version\":1,\"id\":4,\"schema\":\"" + SCHEMA_JSON + "\"}");
        primary.reply(
                "GET /subjects/raw-value/versions/latest",
                200,
                "{\"subject\":\"raw-value\",\"version\":2,\"id\":5,\"schema\":\"" + SCHEMA_JSON + "\"}");
        primary.reply(
                "GET /subjects/raw-value/versions/1",
                200,
                "{\"subject\":\"raw-value\",\"version\":1,\"id\":4,\"schema\":\"" + SCHEMA_JSON + "\"}");
        primary.reply("GET /subjects", 200, "[\"b\",\"a\"]");
        primary.reply("GET /subjects/raw-value/versions", 200, "[1,2]");
        primary.reply("POST /compatibility/subjects/raw-value/versions/latest", 200, "{\"is_compatible\":false}");
        primary.reply("GET /config", 200, "{\"compatibilityLevel\":\"FULL\"}");
        primary.reply("GET /config/raw-value?defaultToGlobal=true", 200, "{\"compatibilityLevel\":\"NONE\"}");
        primary.reply("PUT /config/raw-value", 200, "{\"compatibility\":\"FORWARD\"}");

        try (RestSchemaRegistryClient client = client(primary.url())) {
            assertThat(client.getId("a b", V1)).isEqualTo(4);
            assertThat(client.getLatestVersion("raw-value")).isEqualTo(new RegisteredSchema("raw-value", 2, 5, V1));
            assertThat(client.getLatestVersion("raw-value").version()).isEqualTo(2);
            assertThat(client.getVersion("raw-value", 1).id()).isEqualTo(4);
            assertThat(client.getAllSubjects()).containsExactly("a", "b");
            assertThat(client.getAllVersions("raw-value")).containsExactly(1, 2);
            assertThat(client.testCompatibility("raw-value", V1)).isFalse();
            assertThat(client.getCompatibility(null)).isEqualTo(CompatibilityLevel.FULL);
            assertThat(client.getCompatibility("raw-value")).isEqualTo(CompatibilityLevel.NONE);
            client.updateCompatibility("raw-value", CompatibilityLevel.FORWARD);
        }

        assertThat(primary.requests())
                .extracting(Request::line)
                .containsExactly(
                        "POST /subjects/a%20b",
                        "GET /subjects/raw-value/versions/latest", // the second call is served from the TTL cache
                        "GET /subjects/raw-value/versions/1",
                        "GET /subjects",
                        "GET /subjects/raw-value/versions",
                        "POST /compatibility/subjects/raw-value/versions/latest",
                        "GET /config",
                        "GET /config/raw-value?defaultToGlobal=true",
                        "PUT /config/raw-value");
        assertThat(primary.requests().get(primary.requests().size() - 1).body())
                .isEqualTo("{\"compatibility\":\"FORWARD\"}");
    }

    @Test
    void shouldSendBasicAuthWhenUserInfoIsConfigured() {
        primary.reply("GET /subjects", 200, "[]");
        RegistryClientConfig config = RegistryClientConfig.from(Map.of(
                RegistryClientConfig.URL,
                primary.url(),
                RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE,
                "USER_INFO",
                RegistryClientConfig.BASIC_AUTH_USER_INFO,
                "alice:s3cret"));

        try (RestSchemaRegistryClient client = new RestSchemaRegistryClient(config)) {
            client.getAllSubjects();
            assertThat(client.toString()).doesNotContain("s3cret").contains("basicAuth=true");
        }

        String expected =
                "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(primary.requests())
                .singleElement()
                .satisfies(r -> assertThat(r.authorization()).isEqualTo(expected));
    }

    @Test
    void shouldMapConfluentErrorBodyWhenRegistryAnswers4xx() {
        primary.reply(
                "GET /subjects/nope/versions/latest",
                404,
                "{\"error_code\":40401,\"message\":\"Subject 'nope' not found.\"}");
        primary.reply(
                "POST /subjects/raw-value/versions",
                409,
                "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}");
        primary.reply("GET /schemas/ids/9", 404, "{\"error_code\":40403,\"message\":\"Schema 9 not found\"}");
        primary.reply("GET /subjects", 401, "Unauthorized");

        try (RestSchemaRegistryClient client = client(primary.url())) {
            assertThatThrownBy(() -> client.getLatestVersion("nope"))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(404);
                        assertThat(e.errorCode()).isEqualTo(40401);
                        assertThat(e.isNotFound()).isTrue();
                    })
                    .hasMessageContaining("Subject 'nope' not found.")
                    .hasMessageContaining("GET /subjects/nope/versions/latest");
            assertThatThrownBy(() -> client.register("raw-value", V1))
                    .isInstanceOfSatisfying(
                            SchemaRegistryException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(409));
            assertThatThrownBy(() -> client.getSchemaById(9))
                    .isInstanceOfSatisfying(
                            SchemaRegistryException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(40403));
            assertThatThrownBy(client::getAllSubjects).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                assertThat(e.httpStatus()).isEqualTo(401);
                assertThat(e.isUnavailable()).isFalse();
            });
        }
    }

    @Test
    void shouldTreatMissingSubjectAsCompatibleWhenTestingCompatibility() {
        primary.reply(
                "POST /compatibility/subjects/new-value/versions/latest",
                404,
                "{\"error_code\":40401,\"message\":\"Subject 'new-value' not found.\"}");

        try (RestSchemaRegistryClient client = client(primary.url())) {
            assertThat(client.testCompatibility("new-value", V1)).isTrue();
        }
    }

    @Test
    void shouldFailOverToNextUrlWhenFirstIsDownOrFailing() throws IOException {
        secondary.reply("GET /subjects", 200, "[\"x\"]");
        primary.reply("GET /subjects", 503, "{\"error_code\":50003,\"message\":\"forwarding failed\"}");
        String dead = "http://127.0.0.1:" + freePort();

        try (RestSchemaRegistryClient client = client(dead + "," + primary.url() + "," + secondary.url())) {
            assertThat(client.getAllSubjects()).containsExactly("x");
            assertThat(client.getAllSubjects()).containsExactly("x");
        }

        assertThat(primary.requests()).hasSize(1);
        assertThat(secondary.requests()).hasSize(2); // remembered as the one that works
    }

    @Test
    void shouldReportUnavailableWhenEveryUrlFails() throws IOException {
        primary.reply("GET /subjects", 500, "{\"error_code\":50001,\"message\":\"store error\"}");
        String dead = "http://127.0.0.1:" + freePort();

        try (RestSchemaRegistryClient client = client(dead + "," + primary.url())) {
            assertThatThrownBy(client::getAllSubjects).isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(50001);
                assertThat(e.isUnavailable()).isTrue();
            });
        }
        try (RestSchemaRegistryClient client = client(dead)) {
            assertThatThrownBy(client::getAllSubjects)
                    .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.UNREACHABLE);
                        assertThat(e.isUnavailable()).isTrue();
                    })
                    .hasMessageContaining("unreachable");
        }
    }

    @Test
    void shouldRejectNonAvroSchemaWhenRegistryReturnsProtobuf() {
        primary.reply(
                "GET /schemas/ids/2", 200, "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}");

        try (RestSchemaRegistryClient client = client(primary.url())) {
            assertThatThrownBy(() -> client.getSchemaById(2))
                    .isInstanceOfSatisfying(
                            SchemaRegistryException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(42201))
                    .hasMessageContaining("PROTOBUF");
        }
    }

    private static RestSchemaRegistryClient client(String urls) {
        return new RestSchemaRegistryClient(RegistryClientConfig.from(Map.of(
                RegistryClientConfig.URL,
                urls,
                RegistryClientConfig.CONNECT_TIMEOUT_MS,
                2000,
                RegistryClientConfig.REQUEST_TIMEOUT_MS,
                5000)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    record Reply(int status, String body) {}

    record Request(String line, String contentType, String accept, String authorization, String body) {}

    /** A registry that answers canned replies and records what it was asked. */
    static final class StubRegistry implements AutoCloseable {
        private final HttpServer server;
        private final Map<String, Reply> replies = new ConcurrentHashMap<>();
        private final List<Request> requests = new CopyOnWriteArrayList<>();

        StubRegistry() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", this::handle);
            server.start();
        }

        void reply(String line, int status, String body) {
            replies.put(line, new Reply(status, body));
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<Request> requests() {
            return requests;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String query = exchange.getRequestURI().getRawQuery();
            String line = exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(
                    line,
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Accept"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body));
            Reply reply = replies.getOrDefault(
                    line, new Reply(404, "{\"error_code\":40401,\"message\":\"no stub for " + line + "\"}"));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
