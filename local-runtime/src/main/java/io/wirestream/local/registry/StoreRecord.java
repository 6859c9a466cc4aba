package io.wirestream.local.registry;

import io.wirestream.registry.CompatibilityLevel;

/**
 * One entry of the registry's log. Its {@link #key()} identifies what it describes, so a compacted
 * topic keeps exactly the latest state of each schema version and each config.
 */
sealed interface StoreRecord {

    /** What this record describes; records with equal keys replace one another. */
    Key key();

    /** The identity of a record, for compaction. */
    record Key(String keyType, String subject, Integer version) {
        static final String SCHEMA = "SCHEMA";
        static final String CONFIG = "CONFIG";
    }

    /** A version of a subject; {@code deleted} marks a soft delete. */
    record SchemaVersion(String subject, int version, int id, String schema, boolean deleted) implements StoreRecord {
        @Override
        public Key key() {
            return new Key(Key.SCHEMA, subject, version);
        }
    }

    /**
     * The compatibility level of a subject, or the global one when {@code subject} is null; a null
     * {@code level} removes a subject's own level (written as a tombstone).
     */
    record Config(String subject, CompatibilityLevel level) implements StoreRecord {
        @Override
        public Key key() {
            return new Key(Key.CONFIG, subject, null);
        }
    }
}
