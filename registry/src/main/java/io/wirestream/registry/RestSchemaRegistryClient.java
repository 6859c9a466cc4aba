package io.wirestream.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SchemaRegistryClient} speaking the Confluent Schema Registry REST API over
 * {@link HttpClient}.
 *
 * <p>Base URLs are tried in order: a connection failure or a 5xx answer moves on to the next URL,
 * and the one that answered is tried first next time; a 4xx answer is final. Ids to schemas and
 * (subject, schema) to ids are cached forever (they never change); the latest version of a subject
 * is cached for {@link RegistryClientConfig#latestCacheTtl()}. Thread-safe.
 *
 * <p>Credentials go only into the {@code Authorization} header; they never appear in
 * {@link #toString()}, logs or exception messages.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    /** The registry's own media type, sent as content type and preferred in Accept. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final String ACCEPT =
            CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClientConfig config;
    private final HttpClient http;
    private final String authorization;
    private final AtomicInteger preferredUrl = new AtomicInteger();
    private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final ConcurrentMap<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CachedLatest> latestBySubject = new ConcurrentHashMap<>();

    private record SubjectSchema(String subject, String canonicalSchema) {}

    private record CachedLatest(RegisteredSchema schema, long expiresAtNanos) {}

    public RestSchemaRegistryClient(RegistryClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.isMock()) {
            throw new IllegalArgumentException(
                    "mock:// URLs need MockSchemaRegistry; use " + "SchemaRegistryClients.create");
        }
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (config.tls() != null) {
            builder.sslContext(sslContext(config.tls()));
        }
        this.http = builder.build();
        Password userInfo = config.basicAuthUserInfo();
        this.authorization = userInfo == null
                ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.value().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = key(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode response = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
        int id = requiredInt(response, "id");
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        latestBySubject.remove(subject);
        return id;
    }

    @Override
    public int getId(String subject, Schema schema) {
        SubjectSchema key = key(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode response = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        int id = requiredInt(response, "id");
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getSchemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode response = send("GET", "/schemas/ids/" + id, null);
        Schema schema = parseSchema(response, "schema id " + id);
        Schema previous = schemasById.putIfAbsent(id, schema);
        return previous == null ? schema : previous;
    }

    @Override
    public RegisteredSchema getLatestVersion(String subject) {
        requireSubject(subject);
        CachedLatest cached = latestBySubject.get(subject);
        if (cached != null && cached.expiresAtNanos() - System.nanoTime() > 0) {
            return cached.schema();
        }
        RegisteredSchema latest = fetchVersion(subject, "latest");
        if (!config.latestCacheTtl().isZero()) {
            latestBySubject.put(
                    subject,
                    new CachedLatest(
                            latest, System.nanoTime() + config.latestCacheTtl().toNanos()));
        }
        return latest;
    }

    @Override
    public RegisteredSchema getVersion(String subject, int version) {
        requireSubject(subject);
        return fetchVersion(subject, Integer.toString(version));
    }

    @Override
    public List<String> getAllSubjects() {
        JsonNode response = send("GET", "/subjects", null);
        List<String> subjects = new ArrayList<>();
        response.forEach(node -> subjects.add(node.asText()));
        return subjects.stream().sorted().toList();
    }

    @Override
    public List<Integer> getAllVersions(String subject) {
        requireSubject(subject);
        JsonNode response = send("GET", "/subjects/" + encode(subject) + "/versions", null);
        List<Integer> versions = new ArrayList<>();
        response.forEach(node -> versions.add(node.asInt()));
        return List.copyOf(versions);
    }

    @Override
    public boolean testCompatibility(String subject, Schema schema) {
        requireSubject(subject);
        try {
            JsonNode response =
                    send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest", schemaBody(schema));
            JsonNode compatible = response.get("is_compatible");
            if (compatible == null || !compatible.isBoolean()) {
                throw malformed("POST /compatibility/subjects/.../versions/latest", "is_compatible");
            }
            return compatible.booleanValue();
        } catch (SchemaRegistryException e) {
            // nothing registered yet: anything valid is compatible with nothing
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    @Override
    public CompatibilityLevel getCompatibility(String subject) {
        String path = subject == null ? "/config" : "/config/" + encode(subject) + "?defaultToGlobal=true";
        JsonNode response = send("GET", path, null);
        JsonNode level = response.get("compatibilityLevel");
        if (level == null) {
            level = response.get("compatibility");
        }
        if (level == null || !level.isTextual()) {
            throw malformed("GET " + path, "compatibilityLevel");
        }
        return CompatibilityLevel.parse(level.asText());
    }

    @Override
    public void updateCompatibility(String subject, CompatibilityLevel level) {
        Objects.requireNonNull(level, "level");
        ObjectNode body = JSON.createObjectNode().put("compatibility", level.name());
        send("PUT", subject == null ? "/config" : "/config/" + encode(subject), body);
    }

    /** Releases nothing the JDK would not release anyway; present for the {@code AutoCloseable} contract. */
    @Override
    public void close() {
        schemasById.clear();
        idsBySubjectSchema.clear();
        latestBySubject.clear();
    }

    @Override
    public String toString() {
        return "RestSchemaRegistryClient{urls=" + config.urls() + ", basicAuth=" + (authorization != null) + ", tls="
                + (config.tls() != null) + "}";
    }

    private RegisteredSchema fetchVersion(String subject, String version) {
        JsonNode response = send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null);
        Schema schema = parseSchema(response, "subject '" + subject + "' version " + version);
        int id = requiredInt(response, "id");
        schemasById.putIfAbsent(id, schema);
        JsonNode subjectNode = response.get("subject");
        return new RegisteredSchema(
                subjectNode == null ? subject : subjectNode.asText(), requiredInt(response, "version"), id, schema);
    }

    private JsonNode send(String method, String pathAndQuery, JsonNode body) {
        List<URI> urls = config.urls();
        int start = preferredUrl.get();
        SchemaRegistryException lastFailure = null;
        for (int attempt = 0; attempt < urls.size(); attempt++) {
            int index = (start + attempt) % urls.size();
            URI base = urls.get(index);
            URI target = URI.create(stripTrailingSlash(base.toString()) + pathAndQuery);
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(config.requestTimeout())
                    .header("Accept", ACCEPT);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", CONTENT_TYPE)
                        .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.warn(
                        "Schema registry {} unreachable for {} {}: {}",
                        base,
                        method,
                        pathOnly(pathAndQuery),
                        e.toString());
                lastFailure = new SchemaRegistryException(
                        503,
                        SchemaRegistryException.UNREACHABLE,
                        "Schema registry " + base + " unreachable for " + method + " " + pathOnly(pathAndQuery) + ": "
                                + e,
                        e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException(
                        503,
                        SchemaRegistryException.UNREACHABLE,
                        "Interrupted while calling schema registry " + base,
                        e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                preferredUrl.set(index);
                return parse(response.body(), method, pathAndQuery);
            }
            SchemaRegistryException failure = errorFrom(status, response.body(), method, pathAndQuery, base);
            if (status < 500) {
                preferredUrl.set(index);
                throw failure;
            }
            LOG.warn("Schema registry {} failed {} {}: {}", base, method, pathOnly(pathAndQuery), failure.getMessage());
            lastFailure = failure;
        }
        throw lastFailure;
    }

    private static SchemaRegistryException errorFrom(
            int status, String body, String method, String pathAndQuery, URI base) {
        int errorCode = status;
        String message = null;
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (node != null && node.isObject()) {
                if (node.path("error_code").isInt()) {
                    errorCode = node.get("error_code").intValue();
                }
                if (node.path("message").isTextual()) {
                    message = node.get("message").asText();
                }
            }
        } catch (JsonProcessingException e) {
            message = null;
        }
        if (message == null) {
            message = "HTTP " + status + " without a registry error body";
        }
        return new SchemaRegistryException(
                status, errorCode, message + " [" + method + " " + pathOnly(pathAndQuery) + " at " + base + "]");
    }

    private static JsonNode parse(String body, String method, String pathAndQuery) {
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(
                    502,
                    50005,
                    "Schema registry answered " + method + " " + pathOnly(pathAndQuery) + " with invalid JSON: "
                            + e.getOriginalMessage());
        }
    }

    private static Schema parseSchema(JsonNode response, String what) {
        JsonNode type = response.get("schemaType");
        if (type != null && !type.isNull() && !"AVRO".equals(type.asText())) {
            throw SchemaRegistryException.invalidSchema(
                    what + " is of type " + type.asText() + ", only AVRO is supported");
        }
        JsonNode text = response.get("schema");
        if (text == null || !text.isTextual()) {
            throw malformed(what, "schema");
        }
        try {
            return new Schema.Parser().parse(text.asText());
        } catch (SchemaParseException e) {
            throw SchemaRegistryException.invalidSchema(what + ": " + e.getMessage());
        }
    }

    private static int requiredInt(JsonNode response, String field) {
        JsonNode node = response.get(field);
        if (node == null || !node.canConvertToInt()) {
            throw malformed("response", field);
        }
        return node.intValue();
    }

    private static SchemaRegistryException malformed(String what, String field) {
        return new SchemaRegistryException(
                502, 50005, "Schema registry response to " + what + " lacks a valid '" + field + "'");
    }

    private static ObjectNode schemaBody(Schema schema) {
        Objects.requireNonNull(schema, "schema");
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static SubjectSchema key(String subject, Schema schema) {
        requireSubject(subject);
        Objects.requireNonNull(schema, "schema");
        return new SubjectSchema(subject, schema.toString());
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String pathOnly(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    private static void requireSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be null or blank");
        }
    }

    private static SSLContext sslContext(RegistryClientConfig.Tls tls) {
        try {
            KeyManagerFactory keyManagers = null;
            if (tls.keystoreLocation() != null) {
                KeyStore keyStore = load(
                        tls.keystoreLocation(),
                        tls.keystorePassword(),
                        tls.keystoreType(),
                        RegistryClientConfig.SSL_KEYSTORE_LOCATION);
                keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                Password keyPassword = tls.keyPassword() != null ? tls.keyPassword() : tls.keystorePassword();
                keyManagers.init(keyStore, chars(keyPassword));
            }
            TrustManagerFactory trustManagers = null;
            if (tls.truststoreLocation() != null) {
                KeyStore trustStore = load(
                        tls.truststoreLocation(),
                        tls.truststorePassword(),
                        tls.truststoreType(),
                        RegistryClientConfig.SSL_TRUSTSTORE_LOCATION);
                trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trustManagers.init(trustStore);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    keyManagers == null ? null : keyManagers.getKeyManagers(),
                    trustManagers == null ? null : trustManagers.getTrustManagers(),
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new ConfigException("Cannot set up TLS for the schema registry client: " + e.getMessage());
        }
    }

    private static KeyStore load(String location, Password password, String type, String key)
            throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type.toUpperCase(Locale.ROOT));
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            store.load(in, chars(password));
            return store;
        } catch (IOException e) {
            throw new ConfigException(
                    key + " '" + location + "' cannot be read as a " + type + " store: " + e.getMessage());
        }
    }

    private static char[] chars(Password password) {
        return password == null ? null : password.value().toCharArray();
    }
}
