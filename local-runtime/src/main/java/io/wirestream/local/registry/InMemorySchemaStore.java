package io.wirestream.local.registry;

import io.wirestream.registry.AvroCompatibility;
import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.RegisteredSchema;
import io.wirestream.registry.SchemaRegistryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * A {@link SchemaStore} holding its state in memory and, when given a {@link SchemaJournal},
 * writing every mutation to it before applying it, so state can be rebuilt by replaying the journal
 * through {@link #apply(StoreRecord)}. All methods are synchronized: mutations are serialized and
 * nobody sees a change that is not yet durable.
 */
public final class InMemorySchemaStore implements SchemaStore {

    /** A version as stored, live or soft-deleted. */
    private record Entry(String subject, int version, int id, Schema schema, String canonical, boolean deleted) {
        RegisteredSchema toRegistered() {
            return new RegisteredSchema(subject, version, id, schema);
        }
    }

    private final SchemaJournal journal;
    private final Map<String, NavigableMap<Integer, Entry>> subjects = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsByCanonical = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int nextId = 1;

    /** A store that lives in memory only, for tests and throw-away registries. */
    public InMemorySchemaStore() {
        this(SchemaJournal.NONE);
    }

    InMemorySchemaStore(SchemaJournal journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public synchronized RegisteredSchema register(String subject, Schema schema) {
        requireSubject(subject);
        String canonical = schema.toString();
        NavigableMap<Integer, Entry> versions = subjects.getOrDefault(subject, new TreeMap<>());
        for (Entry entry : versions.values()) {
            if (!entry.deleted() && entry.canonical().equals(canonical)) {
                return entry.toRegistered();
            }
        }
        List<String> problems = AvroCompatibility.check(levelOf(subject), schema, liveSchemas(versions));
        if (!problems.isEmpty()) {
            throw SchemaRegistryException.incompatible(subject, problems);
        }
        int id = idsByCanonical.getOrDefault(canonical, nextId);
        int version = versions.isEmpty() ? 1 : versions.lastKey() + 1;
        commit(new StoreRecord.SchemaVersion(subject, version, id, canonical, false));
        return new RegisteredSchema(subject, version, id, schemasById.get(id));
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        String canonical = schema.toString();
        return live(subject).stream()
                .filter(e -> e.canonical().equals(canonical))
                .findFirst()
                .orElseThrow(() -> SchemaRegistryException.schemaNotFound(
                        "the schema is not registered under subject '" + subject + "'"))
                .toRegistered();
    }

    @Override
    public synchronized RegisteredSchema version(String subject, int version) {
        return live(subject).stream()
                .filter(e -> e.version() == version)
                .findFirst()
                .orElseThrow(() -> SchemaRegistryException.versionNotFound(subject, version))
                .toRegistered();
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        List<Entry> live = live(subject);
        return live.get(live.size() - 1).toRegistered();
    }

    @Override
    public synchronized List<String> subjects(boolean includeDeleted) {
        return subjects.entrySet().stream()
                .filter(e -> includeDeleted || e.getValue().values().stream().anyMatch(v -> !v.deleted()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Override
    public synchronized List<Integer> versions(String subject) {
        return live(subject).stream().map(Entry::version).toList();
    }

    @Override
    public synchronized List<Integer> deleteSubject(String subject) {
        List<Integer> deleted = new ArrayList<>();
        for (Entry entry : live(subject)) {
            commit(new StoreRecord.SchemaVersion(
                    entry.subject(), entry.version(), entry.id(), entry.canonical(), true));
            deleted.add(entry.version());
        }
        return deleted;
    }

    @Override
    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw SchemaRegistryException.schemaNotFound("Schema " + id + " not found");
        }
        return schema;
    }

    @Override
    public synchronized List<RegisteredSchema> versionsOf(int id) {
        schemaById(id);
        return subjects.values().stream()
                .flatMap(versions -> versions.values().stream())
                .filter(e -> e.id() == id && !e.deleted())
                .map(Entry::toRegistered)
                .sorted(java.util.Comparator.comparing(RegisteredSchema::subject)
                        .thenComparingInt(RegisteredSchema::version))
                .toList();
    }

    @Override
    public synchronized List<String> checkCompatibility(String subject, Schema schema, Integer version) {
        requireSubject(subject);
        CompatibilityLevel level = levelOf(subject);
        if (version == null) {
            return AvroCompatibility.check(level, schema, liveSchemas(subjects.getOrDefault(subject, new TreeMap<>())));
        }
        return AvroCompatibility.check(
                level, schema, List.of(version(subject, version).schema()));
    }

    @Override
    public synchronized CompatibilityLevel globalCompatibility() {
        return globalLevel;
    }

    @Override
    public synchronized Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return Optional.ofNullable(subjectLevels.get(subject));
    }

    @Override
    public synchronized void setCompatibility(String subject, CompatibilityLevel level) {
        Objects.requireNonNull(level, "level");
        commit(new StoreRecord.Config(subject, level));
    }

    @Override
    public synchronized CompatibilityLevel deleteSubjectCompatibility(String subject) {
        requireSubject(subject);
        CompatibilityLevel previous = subjectLevels.get(subject);
        if (previous == null) {
            throw noSubjectLevel(subject);
        }
        commit(new StoreRecord.Config(subject, null));
        return previous;
    }

    /** Applies a record read back from the journal (or just written to it). */
    synchronized void apply(StoreRecord record) {
        if (record instanceof StoreRecord.SchemaVersion v) {
            Schema schema = schemasById.get(v.id());
            if (schema == null) {
                schema = new Schema.Parser().parse(v.schema());
                schemasById.put(v.id(), schema);
            }
            idsByCanonical.putIfAbsent(v.schema(), v.id());
            nextId = Math.max(nextId, v.id() + 1);
            subjects.computeIfAbsent(v.subject(), s -> new TreeMap<>())
                    .put(v.version(), new Entry(v.subject(), v.version(), v.id(), schema, v.schema(), v.deleted()));
        } else if (record instanceof StoreRecord.Config c) {
            if (c.subject() == null) {
                globalLevel = c.level() == null ? CompatibilityLevel.BACKWARD : c.level();
            } else if (c.level() == null) {
                subjectLevels.remove(c.subject());
            } else {
                subjectLevels.put(c.subject(), c.level());
            }
        }
    }

    /** Forgets what a compacted-away key described (a tombstone in the journal). */
    synchronized void remove(StoreRecord.Key key) {
        if (StoreRecord.Key.CONFIG.equals(key.keyType())) {
            apply(new StoreRecord.Config(key.subject(), null));
        } else if (StoreRecord.Key.SCHEMA.equals(key.keyType()) && key.subject() != null && key.version() != null) {
            NavigableMap<Integer, Entry> versions = subjects.get(key.subject());
            if (versions != null) {
                versions.remove(key.version());
                if (versions.isEmpty()) {
                    subjects.remove(key.subject());
                }
            }
        }
    }

    @Override
    public void close() {
        journal.close();
    }

    private void commit(StoreRecord record) {
        journal.append(record);
        apply(record);
    }

    private CompatibilityLevel levelOf(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    private List<Entry> live(String subject) {
        requireSubject(subject);
        NavigableMap<Integer, Entry> versions = subjects.get(subject);
        List<Entry> live = versions == null
                ? List.of()
                : versions.values().stream().filter(e -> !e.deleted()).toList();
        if (live.isEmpty()) {
            throw SchemaRegistryException.subjectNotFound(subject);
        }
        return live;
    }

    private static List<Schema> liveSchemas(NavigableMap<Integer, Entry> versions) {
        return versions.values().stream()
                .filter(e -> !e.deleted())
                .map(Entry::schema)
                .toList();
    }

    static SchemaRegistryException noSubjectLevel(String subject) {
        return new SchemaRegistryException(
                404,
                SchemaRegistryException.SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED,
                "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    private static void requireSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new SchemaRegistryException(422, 42208, "Subject must not be empty");
        }
    }
}
