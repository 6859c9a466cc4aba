package io.wirestream.local.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.RegisteredSchema;
import io.wirestream.registry.RegistryClientConfig;
import io.wirestream.registry.RestSchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST API over an in-memory store, driven by our own client and by raw HTTP. */
class LocalSchemaRegistryHttpTest {

    static final Schema V1 = SchemaBuilder.record("Article")
            .namespace("t")
            .fields()
            .requiredString("id")
            .endRecord();
    static final Schema V2 = SchemaBuilder.record("Article")
            .namespace("t")
            .fields()
            .requiredString("id")
            .optionalString("title")
            .endRecord();
    static final Schema INCOMPATIBLE = SchemaBuilder.record("Article")
            .namespace("t")
            .fields()
            .requiredString("id")
            .requiredString("body")
            .endRecord();

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalSchemaRegistry registry = LocalSchemaRegistry.startInMemory("127.0.0.1", 0);
    private final RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryClientConfig.from(
            Map.of(RegistryClientConfig.URL, registry.url(), RegistryClientConfig.LATEST_CACHE_TTL_SEC, 0)));
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        client.close();
        registry.close();
    }

    @Test
    void shouldAgreeWithClientWhenRegisteringAndReadingBack() {
        int id1 = client.register("raw-value", V1);
        int id2 = client.register("raw-value", V2);

        assertThat(client.register("raw-value", V1)).isEqualTo(id1);
        assertThat(client.register("other-value", V1)).isEqualTo(id1);
        assertThat(id2).isNotEqualTo(id1);
        assertThat(client.getAllSubjects()).containsExactly("other-value", "raw-value");
        assertThat(client.getAllVersions("raw-value")).containsExactly(1, 2);
        assertThat(client.getLatestVersion("raw-value")).isEqualTo(new RegisteredSchema("raw-value", 2, id2, V2));
        assertThat(client.getVersion("raw-value", 1).schema()).isEqualTo(V1);
        assertThat(client.getId("raw-value", V2)).isEqualTo(id2);
        assertThat(new RestSchemaRegistryClient(RegistryClientConfig.of(registry.url())).getSchemaById(id2))
                .isEqualTo(V2);
    }

    @Test
    void shouldRejectWith409WhenSchemaIsIncompatible() {
        client.register("raw-value", V1);

        assertThat(client.testCompatibility("raw-value", INCOMPATIBLE)).isFalse();
        assertThat(client.testCompatibility("raw-value", V2)).isTrue();
        assertThat(client.testCompatibility("brand-new-value", INCOMPATIBLE)).isTrue();
        assertThatThrownBy(() -> client.register("raw-value", INCOMPATIBLE))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                })
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void shouldApplySubjectLevelWhenConfigIsUpdated() {
        client.register("raw-value", V1);
        client.updateCompatibility("raw-value", CompatibilityLevel.NONE);

        assertThat(client.getCompatibility("raw-value")).isEqualTo(CompatibilityLevel.NONE);
        assertThat(client.getCompatibility(null)).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.getCompatibility("unconfigured")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.register("raw-value", INCOMPATIBLE)).isPositive();
        client.updateCompatibility(null, CompatibilityLevel.FULL);
        assertThat(client.getCompatibility(null)).isEqualTo(CompatibilityLevel.FULL);
    }

    @Test
    void shouldAnswerConfluentErrorBodiesWhenThingsAreMissing() throws Exception {
        client.register("raw-value", V1);

        assertError(get("/subjects/nope/versions"), 404, 40401);
        assertError(get("/subjects/raw-value/versions/7"), 404, 40402);
        assertError(get("/schemas/ids/999"), 404, 40403);
        assertError(get("/subjects/raw-value/versions/zero"), 422, 42202);
        assertError(get("/config/raw-value"), 404, 40408);
        assertError(send("POST", "/subjects/raw-value", "{\"schema\":" + quoted(V2.toString()) + "}"), 404, 40403);
        assertError(get("/no/such/path"), 404, 404);
        assertError(send("PUT", "/subjects", "{}"), 405, 405);
    }

    @Test
    void shouldRejectInvalidSchemasWith42201() throws Exception {
        assertError(send("POST", "/subjects/x/versions", "{\"schema\":\"{\\\"type\\\":\\\"record\\\"}\"}"), 422, 42201);
        assertError(
                send(
                        "POST",
                        "/subjects/x/versions",
                        "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}"),
                422,
                42201);
        assertError(send("POST", "/subjects/x/versions", "{\"schemaType\":\"JSON\",\"schema\":\"{}\"}"), 422, 42201);
        assertError(send("POST", "/subjects/x/versions", "{\"nothing\":1}"), 422, 42201);
        assertError(send("POST", "/subjects/x/versions", "not json"), 400, 400);
        assertError(send("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
    }

    @Test
    void shouldServeEveryEndpointWhenCalledWithRawHttp() throws Exception {
        String body = "{\"schema\":" + quoted(V1.toString()) + "}";

        HttpResponse<String> registered = send("POST", "/subjects/raw-value/versions", body);
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.headers().firstValue("Content-Type")).hasValue("application/vnd.schemaregistry.v1+json");
        int id = JSON.readTree(registered.body()).get("id").asInt();

        assertThat(get("/").body()).isEqualTo("{}");
        assertThat(get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
        assertThat(json(get("/schemas/ids/" + id + "?subject=ignored"))
                        .get("schema")
                        .asText())
                .isEqualTo(V1.toString());
        assertThat(get("/schemas/ids/" + id + "/versions").body())
                .isEqualTo("[{\"subject\":\"raw-value\",\"version\":1}]");
        assertThat(new Schema.Parser()
                        .parse(get("/subjects/raw-value/versions/1/schema").body()))
                .isEqualTo(V1);
        assertThat(json(get("/subjects/raw-value/versions/latest"))
                        .get("version")
                        .asInt())
                .isEqualTo(1);
        assertThat(json(send("POST", "/subjects/raw-value", body)).get("id").asInt())
                .isEqualTo(id);
        assertThat(get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(send("PUT", "/config/raw-value", "{\"compatibility\":\"FULL\"}")
                        .body())
                .isEqualTo("{\"compatibility\":\"FULL\"}");
        assertThat(get("/config/raw-value").body()).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    }

    @Test
    void shouldExplainIncompatibilityWhenVerboseIsRequested() throws Exception {
        client.register("raw-value", V1);
        String candidate = "{\"schema\":" + quoted(INCOMPATIBLE.toString()) + "}";

        JsonNode terse = json(send("POST", "/compatibility/subjects/raw-value/versions/latest", candidate));
        JsonNode verbose = json(send("POST", "/compatibility/subjects/raw-value/versions/1?verbose=true", candidate));

        assertThat(terse.get("is_compatible").asBoolean()).isFalse();
        assertThat(terse.has("messages")).isFalse();
        assertThat(verbose.get("is_compatible").asBoolean()).isFalse();
        assertThat(verbose.get("messages").get(0).asText()).contains("body");
        assertError(send("POST", "/compatibility/subjects/raw-value/versions/9", candidate), 404, 40402);
    }

    @Test
    void shouldSoftDeleteSubjectWhenDeletedAndKeepIdsResolvable() throws Exception {
        int id = client.register("raw-value", V1);
        client.register("raw-value", V2);

        assertThat(send("DELETE", "/subjects/raw-value", null).body()).isEqualTo("[1,2]");
        assertThat(client.getAllSubjects()).isEmpty();
        assertThat(get("/subjects?deleted=true").body()).isEqualTo("[\"raw-value\"]");
        assertError(get("/subjects/raw-value/versions"), 404, 40401);
        assertThat(client.getSchemaById(id)).isEqualTo(V1);
        // raw HTTP: the client caches (subject, schema) -> id and would not ask again
        assertThat(json(send("POST", "/subjects/raw-value/versions", "{\"schema\":" + quoted(V1.toString()) + "}"))
                        .get("id")
                        .asInt())
                .isEqualTo(id);
        assertThat(client.getLatestVersion("raw-value").version()).isEqualTo(3);
    }

    @Test
    void shouldAcceptPlainJsonAndRejectOtherMediaTypes() throws Exception {
        String body = "{\"schema\":" + quoted(V1.toString()) + "}";

        assertThat(send("POST", "/subjects/a/versions", body, "application/json")
                        .statusCode())
                .isEqualTo(200);
        assertError(send("POST", "/subjects/a/versions", body, "text/plain"), 415, 415);
    }

    @Test
    void shouldDecodeSubjectNamesWhenTheyHoldReservedCharacters() {
        int id = client.register("news articles/é+v", V1);

        assertThat(client.getAllSubjects()).containsExactly("news articles/é+v");
        assertThat(client.getLatestVersion("news articles/é+v").id()).isEqualTo(id);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        return send(method, path, body, "application/vnd.schemaregistry.v1+json");
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry.url() + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, int errorCode) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error_code").asInt()).as(response.body()).isEqualTo(errorCode);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    private static String quoted(String text) throws IOException {
        return JSON.writeValueAsString(text);
    }
}
