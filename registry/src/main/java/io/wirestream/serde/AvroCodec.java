package io.wirestream.serde;

import io.wirestream.registry.RegisteredSchema;
import io.wirestream.registry.SchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryClients;
import io.wirestream.registry.SchemaRegistryException;
import io.wirestream.serde.WireFormatException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * The engine shared by the Avro serdes: registry lookups, datum reader/writer caches and the
 * mapping of every failure to a {@link WireFormatException} reason. Thread-safe once configured.
 */
final class AvroCodec implements AutoCloseable {

    private final SchemaRegistryClient injectedClient;
    private volatile SchemaRegistryClient client;
    private volatile boolean ownsClient;
    private volatile AvroSerdeConfig settings = AvroSerdeConfig.defaults();
    private volatile boolean isKey;
    private final ConcurrentMap<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private final ConcurrentMap<ReaderKey, DatumReader<Object>> readers = new ConcurrentHashMap<>();
    /**
     * The id last registered or looked up per subject, with the schema instance it was for: a serializer
     * passes the same (generated) schema object with every record, and the registry client keys its own
     * cache by the schema's JSON, which it would otherwise render again for every record.
     */
    private final ConcurrentMap<String, KnownId> ids = new ConcurrentHashMap<>();

    private record ReaderKey(int writerId, Schema readerSchema) {}

    private record KnownId(Schema schema, int id) {}

    AvroCodec(SchemaRegistryClient injectedClient) {
        this.injectedClient = injectedClient;
        this.client = injectedClient;
    }

    void configure(Map<String, ?> configs, boolean isKey) {
        Objects.requireNonNull(configs, "configs");
        AvroSerdeConfig parsed = AvroSerdeConfig.from(configs, injectedClient == null);
        this.isKey = isKey;
        this.settings = parsed;
        ids.clear();
        if (injectedClient == null) {
            closeOwnedClient();
            this.client = SchemaRegistryClients.create(parsed.registry());
            this.ownsClient = true;
        }
    }

    AvroSerdeConfig settings() {
        return settings;
    }

    /**
     * Frames {@code record} under the subject of {@code topic}; {@code model} supplies the data model
     * (specific or generic, with its logical-type conversions) for a schema.
     */
    byte[] serialize(String topic, Object record, Schema schema, Function<Schema, GenericData> model) {
        String subject = AvroSerdeConfig.subject(topic, isKey);
        AvroSerdeConfig current = settings;
        SchemaRegistryClient registry = requireClient();
        int id;
        Schema writerSchema = schema;
        try {
            KnownId known = ids.get(subject);
            if (current.useLatestVersion() && !current.autoRegisterSchemas()) {
                // the latest version may change: the client caches it for a while, not forever
                RegisteredSchema latest = registry.getLatestVersion(subject);
                id = latest.id();
                writerSchema = latest.schema();
            } else if (known != null && known.schema() == schema) {
                id = known.id();
            } else {
                id = current.autoRegisterSchemas()
                        ? registry.register(subject, schema)
                        : registry.getId(subject, schema);
                ids.put(subject, new KnownId(schema, id));
            }
        } catch (SchemaRegistryException e) {
            throw registryFailure(e, subject, schema);
        }
        byte[] avro = encode(record, schema, model.apply(schema));
        if (!writerSchema.equals(schema)) {
            avro = transcode(avro, schema, writerSchema, subject);
        }
        return WireFormat.frame(id, avro);
    }

    /**
     * Reads framed {@code data}; with a {@code readerSchema} the writer schema is resolved to it,
     * else the writer schema is used as is.
     */
    Object deserialize(String topic, byte[] data, Schema readerSchema, Function<Schema, GenericData> model) {
        if (data == null) {
            return null;
        }
        int id = WireFormat.parseHeader(data).schemaId();
        ReaderKey key = new ReaderKey(id, readerSchema);
        DatumReader<Object> reader = readers.get(key);
        if (reader == null) {
            reader = newReader(topic, id, readerSchema, model);
            readers.putIfAbsent(key, reader);
        }
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null);
        Object value;
        try {
            value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new WireFormatException(
                        Reason.MALFORMED_AVRO,
                        "Avro payload of " + describe(topic, id)
                                + " has trailing bytes after the datum: corrupt or written with another schema");
            }
        } catch (IOException
                | AvroRuntimeException
                | IndexOutOfBoundsException
                | NegativeArraySizeException
                | ClassCastException e) {
            throw new WireFormatException(
                    Reason.MALFORMED_AVRO,
                    "Avro payload of " + describe(topic, id)
                            + " (" + (data.length - WireFormat.HEADER_SIZE) + " bytes) cannot be decoded with its "
                            + "writer schema: " + e,
                    e);
        }
        return value;
    }

    private DatumReader<Object> newReader(
            String topic, int id, Schema readerSchema, Function<Schema, GenericData> model) {
        Schema writerSchema;
        try {
            writerSchema = requireClient().getSchemaById(id);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND || e.isNotFound()) {
                throw new WireFormatException(
                        Reason.UNKNOWN_SCHEMA_ID,
                        "schema id " + id + " of " + describe(topic, id) + " is not known to the schema registry",
                        e);
            }
            throw new WireFormatException(
                    Reason.REGISTRY_UNAVAILABLE,
                    "cannot fetch schema id " + id + " from the schema registry: " + e.getMessage(),
                    e);
        }
        Schema target = readerSchema == null ? writerSchema : readerSchema;
        if (readerSchema != null) {
            SchemaPairCompatibility compatibility =
                    SchemaCompatibility.checkReaderWriterCompatibility(readerSchema, writerSchema);
            if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
                throw new WireFormatException(
                        Reason.INCOMPATIBLE_SCHEMA,
                        "writer schema id " + id + " ("
                                + writerSchema.getFullName() + ") cannot be read as " + readerSchema.getFullName()
                                + ": "
                                + compatibility.getResult().getIncompatibilities().stream()
                                        .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage())
                                        .toList());
            }
        }
        GenericData data = model.apply(target);
        if (data instanceof SpecificData specific) {
            return new SpecificDatumReader<>(writerSchema, target, specific);
        }
        return new GenericDatumReader<>(writerSchema, target, data);
    }

    private byte[] encode(Object record, Schema schema, GenericData model) {
        DatumWriter<Object> writer = writers.computeIfAbsent(
                schema,
                s -> model instanceof SpecificData sd
                        ? new SpecificDatumWriter<>(s, sd)
                        : new GenericDatumWriter<>(s, model));
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new WireFormatException(
                    Reason.MALFORMED_AVRO,
                    "record of " + schema.getFullName()
                            + " cannot be encoded with its schema (missing required field or wrong type?): " + e,
                    e);
        }
        return out.toByteArray();
    }

    /** Rewrites data written with {@code own} as data of {@code target} (use.latest.version). */
    private static byte[] transcode(byte[] avro, Schema own, Schema target, String subject) {
        SchemaPairCompatibility compatibility = SchemaCompatibility.checkReaderWriterCompatibility(target, own);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new WireFormatException(
                    Reason.INCOMPATIBLE_SCHEMA,
                    "record schema "
                            + own.getFullName() + " cannot be written as the latest schema of subject '" + subject
                            + "': " + compatibility.getDescription());
        }
        try {
            Object converted = new GenericDatumReader<Object>(own, target, GenericData.get())
                    .read(null, DecoderFactory.get().binaryDecoder(avro, null));
            ByteArrayOutputStream out = new ByteArrayOutputStream(avro.length + 16);
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new GenericDatumWriter<Object>(target, GenericData.get()).write(converted, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new WireFormatException(
                    Reason.INCOMPATIBLE_SCHEMA,
                    "record cannot be converted to the " + "latest schema of subject '" + subject + "': " + e,
                    e);
        }
    }

    private static WireFormatException registryFailure(SchemaRegistryException e, String subject, Schema schema) {
        int code = e.errorCode();
        if (code == SchemaRegistryException.INCOMPATIBLE_SCHEMA || code == SchemaRegistryException.INVALID_SCHEMA) {
            return new WireFormatException(
                    Reason.INCOMPATIBLE_SCHEMA,
                    "schema registry refused " + schema.getFullName() + " for subject '" + subject + "': "
                            + e.getMessage(),
                    e);
        }
        if (code == SchemaRegistryException.SUBJECT_NOT_FOUND
                || code == SchemaRegistryException.SCHEMA_NOT_FOUND
                || code == SchemaRegistryException.VERSION_NOT_FOUND) {
            return new WireFormatException(
                    Reason.SCHEMA_NOT_REGISTERED,
                    schema.getFullName()
                            + " is not registered for subject '" + subject + "' and "
                            + AvroSerdeConfig.AUTO_REGISTER_SCHEMAS + " is false: " + e.getMessage(),
                    e);
        }
        return new WireFormatException(
                Reason.REGISTRY_UNAVAILABLE,
                "schema registry failed for subject '" + subject + "': " + e.getMessage(),
                e);
    }

    private SchemaRegistryClient requireClient() {
        SchemaRegistryClient current = client;
        if (current == null) {
            throw new IllegalStateException("serde has no schema registry client: call configure() with "
                    + AvroSerdeConfig.SCHEMA_REGISTRY_URL + " or pass a client to the constructor");
        }
        return current;
    }

    private static String describe(String topic, int id) {
        return "record with schema id " + id + (topic == null ? "" : " on topic '" + topic + "'");
    }

    private void closeOwnedClient() {
        if (ownsClient && client != null) {
            client.close();
        }
    }

    @Override
    public void close() {
        closeOwnedClient();
    }
}
