package io.wirestream.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * A client of a Confluent-compatible schema registry, for Avro schemas.
 *
 * <p>Implementations are thread-safe: one instance is meant to be shared by every serializer and
 * deserializer of an application. Failures are {@link SchemaRegistryException}s carrying the
 * registry's HTTP status and error code.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /**
     * Registers {@code schema} under {@code subject} if it is not registered there yet, checking it
     * against the subject's compatibility level.
     *
     * @return the schema's global id; the same id for an identical schema, however often registered
     * @throws SchemaRegistryException 409 when the schema is incompatible, 42201 when invalid
     */
    int register(String subject, Schema schema);

    /**
     * Looks up the id of {@code schema} in {@code subject} without registering it.
     *
     * @throws SchemaRegistryException 40401 when the subject does not exist, 40403 when the schema is
     *     not registered under it
     */
    int getId(String subject, Schema schema);

    /**
     * Returns the schema with the given global id.
     *
     * @throws SchemaRegistryException 40403 when no schema has this id
     */
    Schema getSchemaById(int id);

    /**
     * Returns the latest version of {@code subject}.
     *
     * @throws SchemaRegistryException 40401 when the subject does not exist
     */
    RegisteredSchema getLatestVersion(String subject);

    /**
     * Returns one version of {@code subject}.
     *
     * @throws SchemaRegistryException 40401 / 40402 when the subject / version does not exist
     */
    RegisteredSchema getVersion(String subject, int version);

    /** Returns the names of all subjects that have at least one live version, sorted. */
    List<String> getAllSubjects();

    /**
     * Returns the live versions of {@code subject}, ascending.
     *
     * @throws SchemaRegistryException 40401 when the subject does not exist
     */
    List<Integer> getAllVersions(String subject);

    /**
     * Tests whether {@code schema} could be registered under {@code subject} given the subject's
     * compatibility level. A subject without versions accepts any valid schema.
     */
    boolean testCompatibility(String subject, Schema schema);

    /**
     * Returns the compatibility level of {@code subject}, falling back to the global level when the
     * subject has none of its own; {@code subject == null} returns the global level.
     */
    CompatibilityLevel getCompatibility(String subject);

    /** Sets the compatibility level of {@code subject}, or the global one when it is null. */
    void updateCompatibility(String subject, CompatibilityLevel level);

    @Override
    void close();
}
