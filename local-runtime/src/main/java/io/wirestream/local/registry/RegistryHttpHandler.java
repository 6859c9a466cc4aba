package io.wirestream.local.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.RegisteredSchema;
import io.wirestream.registry.SchemaRegistryException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API (the Avro subset Wirestream needs) over a
 * {@link SchemaStore}. Errors are Confluent error bodies: {@code {"error_code":40401,"message":..}}.
 */
final class RegistryHttpHandler implements HttpHandler {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Set<String> ACCEPTED_CONTENT_TYPES =
            Set.of(CONTENT_TYPE, "application/vnd.schemaregistry+json", "application/json", "application/octet-stream");
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHttpHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaStore store;

    RegistryHttpHandler(SchemaStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** An answer: a status and a JSON body. */
    private record Reply(int status, JsonNode body) {
        static Reply ok(JsonNode body) {
            return new Reply(200, body);
        }
    }

    /** A request: method, decoded path segments, query parameters and body. */
    private record Request(String method, List<String> path, Map<String, String> query, byte[] body) {
        String segment(int index) {
            return path.get(index);
        }

        boolean flag(String name) {
            return "true".equalsIgnoreCase(query.getOrDefault(name, "false"));
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            Request request = new Request(
                    exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    segments(exchange.getRequestURI().getRawPath()),
                    query(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestBody().readAllBytes());
            checkContentType(exchange.getRequestHeaders().getFirst("Content-Type"), request);
            reply = route(request);
        } catch (SchemaRegistryException e) {
            reply = error(e.httpStatus(), e.errorCode(), e.detail());
        } catch (RuntimeException e) {
            LOG.error(
                    "Schema registry request {} {} failed",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    e);
            reply = error(500, SchemaRegistryException.STORE_ERROR, "Internal error: " + e);
        }
        byte[] bytes = JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Reply route(Request r) {
        List<String> p = r.path();
        int n = p.size();
        if (n == 0) {
            return method(r, "GET") ? Reply.ok(JSON.createObjectNode()) : notAllowed();
        }
        switch (p.get(0)) {
            case "subjects" -> {
                if (n == 1 && method(r, "GET")) {
                    return Reply.ok(strings(store.subjects(r.flag("deleted"))));
                }
                if (n == 2 && method(r, "POST")) {
                    return Reply.ok(versionBody(store.lookup(r.segment(1), schemaFrom(r))));
                }
                if (n == 2 && method(r, "DELETE")) {
                    if (r.flag("permanent")) {
                        throw new SchemaRegistryException(
                                422,
                                42299,
                                "Permanent delete is not supported by the local registry; soft delete only");
                    }
                    return Reply.ok(ints(store.deleteSubject(r.segment(1))));
                }
                if (n == 3 && "versions".equals(p.get(2)) && method(r, "GET")) {
                    return Reply.ok(ints(store.versions(r.segment(1))));
                }
                if (n == 3 && "versions".equals(p.get(2)) && method(r, "POST")) {
                    RegisteredSchema registered = store.register(r.segment(1), schemaFrom(r));
                    return Reply.ok(JSON.createObjectNode().put("id", registered.id()));
                }
                if (n == 4 && "versions".equals(p.get(2)) && method(r, "GET")) {
                    return Reply.ok(versionBody(version(r.segment(1), r.segment(3))));
                }
                if (n == 5 && "versions".equals(p.get(2)) && "schema".equals(p.get(4)) && method(r, "GET")) {
                    return Reply.ok(
                            rawSchema(version(r.segment(1), r.segment(3)).schema()));
                }
            }
            case "schemas" -> {
                if (n == 2 && "types".equals(p.get(1)) && method(r, "GET")) {
                    return Reply.ok(strings(List.of("AVRO")));
                }
                if (n >= 3 && "ids".equals(p.get(1))) {
                    int id = schemaId(p.get(2));
                    if (n == 3 && method(r, "GET")) {
                        return Reply.ok(JSON.createObjectNode()
                                .put("schema", store.schemaById(id).toString()));
                    }
                    if (n == 4 && "versions".equals(p.get(3)) && method(r, "GET")) {
                        ArrayNode array = JSON.createArrayNode();
                        store.versionsOf(id)
                                .forEach(v -> array.addObject()
                                        .put("subject", v.subject())
                                        .put("version", v.version()));
                        return Reply.ok(array);
                    }
                }
            }
            case "compatibility" -> {
                if ((n == 4 || n == 5)
                        && "subjects".equals(p.get(1))
                        && "versions".equals(p.get(3))
                        && method(r, "POST")) {
                    Integer version = n == 4 ? null : compatibilityVersion(p.get(4));
                    List<String> problems = store.checkCompatibility(r.segment(2), schemaFrom(r), version);
                    ObjectNode body = JSON.createObjectNode().put("is_compatible", problems.isEmpty());
                    if (r.flag("verbose")) {
                        body.set("messages", strings(problems));
                    }
                    return Reply.ok(body);
                }
            }
            case "config" -> {
                if (n == 1 || n == 2) {
                    String subject = n == 2 ? r.segment(1) : null;
                    switch (r.method()) {
                        case "GET" -> {
                            CompatibilityLevel level = subject == null
                                    ? store.globalCompatibility()
                                    : store.subjectCompatibility(subject).orElseGet(() -> {
                                        if (r.flag("defaultToGlobal")) {
                                            return store.globalCompatibility();
                                        }
                                        throw InMemorySchemaStore.noSubjectLevel(subject);
                                    });
                            return Reply.ok(JSON.createObjectNode().put("compatibilityLevel", level.name()));
                        }
                        case "PUT" -> {
                            CompatibilityLevel level = levelFrom(r);
                            store.setCompatibility(subject, level);
                            return Reply.ok(JSON.createObjectNode().put("compatibility", level.name()));
                        }
                        case "DELETE" -> {
                            if (subject != null) {
                                CompatibilityLevel previous = store.deleteSubjectCompatibility(subject);
                                return Reply.ok(JSON.createObjectNode().put("compatibilityLevel", previous.name()));
                            }
                            return notAllowed();
                        }
                        default -> {
                            return notAllowed();
                        }
                    }
                }
            }
            default -> {
                return error(404, 404, "HTTP 404 Not Found");
            }
        }
        return knownPrefixButUnmatched(r);
    }

    /** A path this API serves with another method is 405, anything else 404, as Jersey answers. */
    private static Reply knownPrefixButUnmatched(Request r) {
        List<String> p = r.path();
        int n = p.size();
        boolean known = switch (p.get(0)) {
            case "subjects" -> n <= 2 || "versions".equals(p.get(2)) && (n <= 4 || n == 5 && "schema".equals(p.get(4)));
            case "schemas" ->
                n == 2 && "types".equals(p.get(1))
                        || "ids".equals(p.get(1)) && (n == 3 || n == 4 && "versions".equals(p.get(3)));
            case "compatibility" -> (n == 4 || n == 5) && "subjects".equals(p.get(1)) && "versions".equals(p.get(3));
            case "config" -> n <= 2;
            default -> false;
        };
        return known ? notAllowed() : error(404, 404, "HTTP 404 Not Found");
    }

    private RegisteredSchema version(String subject, String version) {
        if ("latest".equals(version) || "-1".equals(version)) {
            return store.latest(subject);
        }
        return store.version(subject, versionNumber(version));
    }

    private static Integer compatibilityVersion(String version) {
        return "latest".equals(version) || "-1".equals(version) ? null : versionNumber(version);
    }

    private static int versionNumber(String text) {
        try {
            int version = Integer.parseInt(text);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SchemaRegistryException(
                422,
                SchemaRegistryException.INVALID_VERSION,
                "The specified version '" + text + "' is not a valid version id. Allowed values are between "
                        + "[1, 2^31-1] and the string \"latest\"");
    }

    private static int schemaId(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw SchemaRegistryException.schemaNotFound("Schema " + text + " not found");
        }
    }

    private static Schema schemaFrom(Request r) {
        JsonNode body = json(r);
        JsonNode type = body.get("schemaType");
        if (type != null && !type.isNull() && !"AVRO".equals(type.asText())) {
            throw SchemaRegistryException.invalidSchema(
                    "schemaType " + type.asText() + " is not supported; this registry stores AVRO only");
        }
        JsonNode references = body.get("references");
        if (references != null && references.isArray() && !references.isEmpty()) {
            throw SchemaRegistryException.invalidSchema("schema references are not supported");
        }
        JsonNode schema = body.get("schema");
        if (schema == null || !schema.isTextual() || schema.asText().isBlank()) {
            throw SchemaRegistryException.invalidSchema("the request has no \"schema\" string");
        }
        try {
            return new Schema.Parser().parse(schema.asText());
        } catch (SchemaParseException e) {
            throw SchemaRegistryException.invalidSchema(e.getMessage());
        } catch (RuntimeException e) {
            throw SchemaRegistryException.invalidSchema(e.toString());
        }
    }

    private static CompatibilityLevel levelFrom(Request r) {
        JsonNode level = json(r).get("compatibility");
        try {
            return CompatibilityLevel.parse(level == null ? null : level.asText());
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException(
                    422,
                    SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                    "Invalid compatibility level. Valid values are none, backward, forward, full, "
                            + "backward_transitive, forward_transitive, and full_transitive");
        }
    }

    private static JsonNode json(Request r) {
        try {
            JsonNode node = JSON.readTree(r.body());
            if (node == null || !node.isObject()) {
                throw new SchemaRegistryException(400, 400, "The request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(400, 400, "Unparseable JSON request body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SchemaRegistryException(400, 400, "Unreadable request body: " + e.getMessage());
        }
    }

    private static JsonNode rawSchema(Schema schema) {
        try {
            return JSON.readTree(schema.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Avro printed a schema that is not JSON", e);
        }
    }

    private static ObjectNode versionBody(RegisteredSchema v) {
        return JSON.createObjectNode()
                .put("subject", v.subject())
                .put("version", v.version())
                .put("id", v.id())
                .put("schema", v.schema().toString());
    }

    private static void checkContentType(String contentType, Request request) {
        if (contentType == null || request.body().length == 0) {
            return;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!ACCEPTED_CONTENT_TYPES.contains(mediaType)) {
            throw new SchemaRegistryException(
                    415,
                    415,
                    "HTTP 415 Unsupported Media Type: " + mediaType + "; send " + CONTENT_TYPE
                            + " or application/json");
        }
    }

    private static boolean method(Request r, String method) {
        return method.equals(r.method());
    }

    private static Reply notAllowed() {
        return error(405, 405, "HTTP 405 Method Not Allowed");
    }

    private static Reply error(int status, int code, String message) {
        return new Reply(status, JSON.createObjectNode().put("error_code", code).put("message", message));
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ArrayNode ints(List<Integer> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.put(key, value);
            }
        }
        return params;
    }
}
