package io.wirestream.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.avro.Schema;

/**
 * An in-memory schema registry that behaves like the real one: global ids starting at 1, the same
 * id for the same schema in any subject, versions per subject, and compatibility enforcement
 * (default {@link CompatibilityLevel#BACKWARD}).
 *
 * <p>Registries are shared per scope, so a serializer and a deserializer configured with the same
 * {@code mock://scope} URL see the same schemas; give each test its own scope and drop it after.
 * Thread-safe. {@link #close()} does nothing: the scope outlives its clients until
 * {@link #dropScope(String)}.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {

    private static final ConcurrentMap<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();

    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsByCanonicalForm = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int nextId = 1;

    /** Creates a registry of its own, not shared through any scope. */
    public MockSchemaRegistry() {}

    /** Returns the registry of {@code scope}, creating it empty on first use. */
    public static MockSchemaRegistry forScope(String scope) {
        Objects.requireNonNull(scope, "scope");
        return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistry());
    }

    /** Forgets the registry of {@code scope}; the next {@link #forScope} starts empty. */
    public static void dropScope(String scope) {
        SCOPES.remove(Objects.requireNonNull(scope, "scope"));
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        requireSubject(subject);
        Objects.requireNonNull(schema, "schema");
        String canonical = schema.toString();
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        for (RegisteredSchema existing : versions) {
            if (existing.schema().toString().equals(canonical)) {
                return existing.id();
            }
        }
        List<String> problems = AvroCompatibility.check(levelOf(subject), schema, schemas(versions));
        if (!problems.isEmpty()) {
            throw SchemaRegistryException.incompatible(subject, problems);
        }
        int id = idsByCanonicalForm.computeIfAbsent(canonical, c -> {
            int assigned = nextId++;
            schemasById.put(assigned, schema);
            return assigned;
        });
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        versionsBySubject
                .computeIfAbsent(subject, s -> new ArrayList<>())
                .add(new RegisteredSchema(subject, version, id, schema));
        return id;
    }

    @Override
    public synchronized int getId(String subject, Schema schema) {
        Objects.requireNonNull(schema, "schema");
        String canonical = schema.toString();
        return liveVersions(subject).stream()
                .filter(v -> v.schema().toString().equals(canonical))
                .findFirst()
                .orElseThrow(() -> SchemaRegistryException.schemaNotFound(
                        "schema is not registered under subject '" + subject + "'"))
                .id();
    }

    @Override
    public synchronized Schema getSchemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw SchemaRegistryException.schemaNotFound("no schema with id " + id);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema getLatestVersion(String subject) {
        List<RegisteredSchema> versions = liveVersions(subject);
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized RegisteredSchema getVersion(String subject, int version) {
        return liveVersions(subject).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> SchemaRegistryException.versionNotFound(subject, version));
    }

    @Override
    public synchronized List<String> getAllSubjects() {
        return versionsBySubject.keySet().stream().sorted().toList();
    }

    @Override
    public synchronized List<Integer> getAllVersions(String subject) {
        return liveVersions(subject).stream().map(RegisteredSchema::version).toList();
    }

    @Override
    public synchronized boolean testCompatibility(String subject, Schema schema) {
        requireSubject(subject);
        Objects.requireNonNull(schema, "schema");
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        return AvroCompatibility.check(levelOf(subject), schema, schemas(versions))
                .isEmpty();
    }

    @Override
    public synchronized CompatibilityLevel getCompatibility(String subject) {
        return subject == null ? globalLevel : levelOf(subject);
    }

    @Override
    public synchronized void updateCompatibility(String subject, CompatibilityLevel level) {
        Objects.requireNonNull(level, "level");
        if (subject == null) {
            globalLevel = level;
        } else {
            subjectLevels.put(subject, level);
        }
    }

    /** Does nothing: the registry lives as long as its scope. */
    @Override
    public void close() {}

    private CompatibilityLevel levelOf(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private List<RegisteredSchema> liveVersions(String subject) {
        requireSubject(subject);
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw SchemaRegistryException.subjectNotFound(subject);
        }
        return versions;
    }

    private static List<Schema> schemas(List<RegisteredSchema> versions) {
        return versions.stream().map(RegisteredSchema::schema).toList();
    }

    private static void requireSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be null or blank");
        }
    }
}
