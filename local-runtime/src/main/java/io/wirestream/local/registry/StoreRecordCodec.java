package io.wirestream.local.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.registry.CompatibilityLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON encoding of {@link StoreRecord}s for the Kafka topic. Keys are written with a fixed field
 * order, so equal keys are equal bytes and compaction keeps the latest record per key:
 * {@code {"keytype":"SCHEMA","subject":"s","version":1,"magic":1}} and
 * {@code {"keytype":"CONFIG","subject":"s"|null,"magic":1}}. A config record without a level is a
 * tombstone (null value).
 */
final class StoreRecordCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAGIC = 1;

    private StoreRecordCodec() {}

    static byte[] key(StoreRecord.Key key) {
        ObjectNode node = JSON.createObjectNode();
        node.put("keytype", key.keyType());
        if (key.subject() == null) {
            node.putNull("subject");
        } else {
            node.put("subject", key.subject());
        }
        if (key.version() != null) {
            node.put("version", key.version());
        }
        node.put("magic", MAGIC);
        return bytes(node);
    }

    /** The value of {@code record}, or null for a tombstone. */
    static byte[] value(StoreRecord record) {
        ObjectNode node = JSON.createObjectNode();
        if (record instanceof StoreRecord.SchemaVersion v) {
            node.put("subject", v.subject());
            node.put("version", v.version());
            node.put("id", v.id());
            node.put("schemaType", "AVRO");
            node.put("schema", v.schema());
            node.put("deleted", v.deleted());
            return bytes(node);
        }
        StoreRecord.Config c = (StoreRecord.Config) record;
        if (c.level() == null) {
            return null;
        }
        node.put("compatibilityLevel", c.level().name());
        return bytes(node);
    }

    static StoreRecord.Key decodeKey(byte[] key) {
        JsonNode node = tree(key);
        JsonNode subject = node.get("subject");
        JsonNode version = node.get("version");
        return new StoreRecord.Key(
                node.path("keytype").asText(),
                subject == null || subject.isNull() ? null : subject.asText(),
                version == null || version.isNull() ? null : version.asInt());
    }

    /** The record for a key and a non-null value. */
    static StoreRecord decode(StoreRecord.Key key, byte[] value) {
        JsonNode node = tree(value);
        return switch (key.keyType()) {
            case StoreRecord.Key.SCHEMA ->
                new StoreRecord.SchemaVersion(
                        node.get("subject").asText(),
                        node.get("version").asInt(),
                        node.get("id").asInt(),
                        node.get("schema").asText(),
                        node.path("deleted").asBoolean(false));
            case StoreRecord.Key.CONFIG ->
                new StoreRecord.Config(
                        key.subject(),
                        CompatibilityLevel.parse(node.get("compatibilityLevel").asText()));
            default -> throw new IllegalArgumentException("unknown key type " + key.keyType());
        };
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("registry log record is not JSON", e);
        }
    }
}
