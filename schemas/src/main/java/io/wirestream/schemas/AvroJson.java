package io.wirestream.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * The one JSON shape of our Avro records, used by every command that prints them ({@code enrich},
 * {@code consume}, {@code demo}): an object per record with the Avro field names, unions as their
 * plain value (not Avro's {@code {"string": ...}} wrapping), timestamps as ISO-8601 strings, bytes as
 * base64. Stateless and thread-safe.
 */
public final class AvroJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AvroJson() {}

    /** The record as a JSON tree. */
    public static ObjectNode toTree(IndexedRecord record) {
        return (ObjectNode) value(record.getSchema(), record);
    }

    /** The record as one line of JSON. */
    public static String toJson(IndexedRecord record) {
        return write(MAPPER, toTree(record));
    }

    /** The record as indented JSON, for people. */
    public static String toPrettyJson(IndexedRecord record) {
        return write(PRETTY, toTree(record));
    }

    private static String write(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON tree", e);
        }
    }

    private static JsonNode value(Schema schema, Object datum) {
        if (datum == null) {
            return NODES.nullNode();
        }
        LogicalType logical = schema.getLogicalType();
        switch (schema.getType()) {
            case RECORD -> {
                IndexedRecord record = (IndexedRecord) datum;
                ObjectNode node = NODES.objectNode();
                for (Schema.Field field : schema.getFields()) {
                    node.set(field.name(), value(field.schema(), record.get(field.pos())));
                }
                return node;
            }
            case UNION -> {
                return value(branch(schema, datum), datum);
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (Object item : (Collection<?>) datum) {
                    array.add(value(schema.getElementType(), item));
                }
                return array;
            }
            case MAP -> {
                ObjectNode node = NODES.objectNode();
                ((Map<?, ?>) datum)
                        .entrySet().stream()
                                .sorted(Map.Entry.comparingByKey(
                                        (a, b) -> a.toString().compareTo(b.toString())))
                                .forEach(e ->
                                        node.set(e.getKey().toString(), value(schema.getValueType(), e.getValue())));
                return node;
            }
            case LONG -> {
                if (logical instanceof LogicalTypes.TimestampMillis) {
                    Instant instant = datum instanceof Instant i ? i : Instant.ofEpochMilli((Long) datum);
                    return NODES.textNode(instant.toString());
                }
                return NODES.numberNode(((Number) datum).longValue());
            }
            case INT -> {
                return NODES.numberNode(((Number) datum).intValue());
            }
            case DOUBLE, FLOAT -> {
                return NODES.numberNode(((Number) datum).doubleValue());
            }
            case BOOLEAN -> {
                return NODES.booleanNode((Boolean) datum);
            }
            case BYTES -> {
                ByteBuffer buffer = ((ByteBuffer) datum).duplicate();
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
            }
            case FIXED -> {
                return NODES.textNode(Base64.getEncoder().encodeToString(((GenericFixed) datum).bytes()));
            }
            case ENUM, STRING -> {
                return NODES.textNode(datum.toString());
            }
            case NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalArgumentException("unsupported Avro type " + schema.getType());
        }
    }

    private static Schema branch(Schema union, Object datum) {
        for (Schema type : union.getTypes()) {
            if (matches(type, datum)) {
                return type;
            }
        }
        throw new IllegalArgumentException("value of " + datum.getClass().getName() + " matches no branch of " + union);
    }

    private static boolean matches(Schema type, Object datum) {
        return switch (type.getType()) {
            case NULL -> false;
            case STRING -> datum instanceof CharSequence;
            case LONG -> datum instanceof Long || datum instanceof Instant;
            case INT -> datum instanceof Integer;
            case DOUBLE -> datum instanceof Double;
            case FLOAT -> datum instanceof Float;
            case BOOLEAN -> datum instanceof Boolean;
            case BYTES -> datum instanceof ByteBuffer;
            case ARRAY -> datum instanceof Collection;
            case MAP -> datum instanceof Map;
            case ENUM -> datum instanceof Enum || datum instanceof GenericEnumSymbol;
            case FIXED -> datum instanceof GenericFixed;
            case RECORD ->
                datum instanceof GenericContainer c
                        && c.getSchema().getFullName().equals(type.getFullName());
            default -> false;
        };
    }
}
