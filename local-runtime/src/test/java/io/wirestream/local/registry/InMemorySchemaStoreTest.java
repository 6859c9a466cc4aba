package io.wirestream.local.registry;

import static io.wirestream.local.registry.LocalSchemaRegistryHttpTest.INCOMPATIBLE;
import static io.wirestream.local.registry.LocalSchemaRegistryHttpTest.V1;
import static io.wirestream.local.registry.LocalSchemaRegistryHttpTest.V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.SchemaRegistryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemorySchemaStoreTest {

    /** Keeps what a compacted topic would keep: the last value per key, in first-write order. */
    static final class CompactedJournal implements SchemaJournal {
        final Map<String, byte[]> latestByKey = new LinkedHashMap<>();
        final List<StoreRecord> appended = new ArrayList<>();
        boolean failing;

        @Override
        public void append(StoreRecord record) {
            if (failing) {
                throw new SchemaRegistryException(500, SchemaRegistryException.STORE_ERROR, "broker down");
            }
            appended.add(record);
            latestByKey.put(
                    new String(StoreRecordCodec.key(record.key()), java.nio.charset.StandardCharsets.UTF_8),
                    StoreRecordCodec.value(record));
        }

        InMemorySchemaStore replay() {
            InMemorySchemaStore store = new InMemorySchemaStore();
            latestByKey.forEach((key, value) -> {
                StoreRecord.Key decoded =
                        StoreRecordCodec.decodeKey(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (value == null) {
                    store.remove(decoded);
                } else {
                    store.apply(StoreRecordCodec.decode(decoded, value));
                }
            });
            return store;
        }

        @Override
        public void close() {}
    }

    @Test
    void shouldRebuildSameStateWhenCompactedJournalIsReplayed() {
        CompactedJournal journal = new CompactedJournal();
        InMemorySchemaStore store = new InMemorySchemaStore(journal);
        int id1 = store.register("a-value", V1).id();
        int id2 = store.register("a-value", V2).id();
        store.register("b-value", V1);
        store.setCompatibility("b-value", CompatibilityLevel.NONE);
        store.setCompatibility(null, CompatibilityLevel.FULL);
        store.deleteSubject("b-value");
        store.setCompatibility("c-value", CompatibilityLevel.FORWARD);
        store.deleteSubjectCompatibility("c-value");

        InMemorySchemaStore rebuilt = journal.replay();

        assertThat(rebuilt.subjects(false)).containsExactly("a-value");
        assertThat(rebuilt.subjects(true)).containsExactly("a-value", "b-value");
        assertThat(rebuilt.latest("a-value").id()).isEqualTo(id2);
        assertThat(rebuilt.version("a-value", 1).id()).isEqualTo(id1);
        assertThat(rebuilt.schemaById(id1)).isEqualTo(V1);
        assertThat(rebuilt.globalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
        assertThat(rebuilt.subjectCompatibility("b-value")).hasValue(CompatibilityLevel.NONE);
        assertThat(rebuilt.subjectCompatibility("c-value")).isEmpty();
        assertThat(rebuilt.register("d-value", INCOMPATIBLE).id()).isGreaterThan(id2);
        // compaction kept one record per key: 3 versions + 3 configs (one a tombstone)
        assertThat(journal.latestByKey).hasSize(6);
    }

    @Test
    void shouldNotChangeStateWhenJournalWriteFails() {
        CompactedJournal journal = new CompactedJournal();
        InMemorySchemaStore store = new InMemorySchemaStore(journal);
        store.register("a-value", V1);
        journal.failing = true;

        assertThatThrownBy(() -> store.register("a-value", V2))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.STORE_ERROR));
        assertThat(store.versions("a-value")).containsExactly(1);
    }

    @Test
    void shouldWriteNothingWhenSameSchemaIsRegisteredAgain() {
        CompactedJournal journal = new CompactedJournal();
        InMemorySchemaStore store = new InMemorySchemaStore(journal);

        store.register("a-value", V1);
        store.register("a-value", V1);

        assertThat(journal.appended).hasSize(1);
    }

    @Test
    void shouldUseStableKeysWhenEncodingRecords() {
        assertThat(new String(
                        StoreRecordCodec.key(new StoreRecord.Key("SCHEMA", "a", 2)),
                        java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"a\",\"version\":2,\"magic\":1}");
        assertThat(new String(
                        StoreRecordCodec.key(new StoreRecord.Config(null, CompatibilityLevel.FULL).key()),
                        java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":1}");
        assertThat(StoreRecordCodec.value(new StoreRecord.Config("a", null))).isNull();
    }
}
