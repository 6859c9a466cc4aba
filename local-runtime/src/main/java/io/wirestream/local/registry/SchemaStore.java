package io.wirestream.local.registry;

import io.wirestream.registry.CompatibilityLevel;
import io.wirestream.registry.RegisteredSchema;
import io.wirestream.registry.SchemaRegistryException;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * The state of a schema registry: subjects, their versions, global schema ids and compatibility
 * levels. Failures are {@link SchemaRegistryException}s carrying the Confluent error code the REST
 * layer answers with. Implementations are thread-safe; a mutation returns only once it is durable.
 */
public interface SchemaStore extends AutoCloseable {

    /**
     * Registers {@code schema} under {@code subject}, or returns the live version that already has
     * it. The same schema gets the same id in every subject.
     *
     * @throws SchemaRegistryException 409 when incompatible with the subject's level
     */
    RegisteredSchema register(String subject, Schema schema);

    /** The live version of {@code subject} holding {@code schema}; 40401 or 40403 when none. */
    RegisteredSchema lookup(String subject, Schema schema);

    /** One live version; 40401 / 40402 when the subject / version does not exist. */
    RegisteredSchema version(String subject, int version);

    /** The latest live version; 40401 when the subject has none. */
    RegisteredSchema latest(String subject);

    /** Subjects with a live version (or, with {@code includeDeleted}, with any version), sorted. */
    List<String> subjects(boolean includeDeleted);

    /** Live versions of {@code subject}, ascending; 40401 when none. */
    List<Integer> versions(String subject);

    /** Soft-deletes every live version of {@code subject} and returns their numbers; 40401 when none. */
    List<Integer> deleteSubject(String subject);

    /** The schema with global id {@code id}, even when only soft-deleted versions use it; 40403. */
    Schema schemaById(int id);

    /** The live (subject, version) pairs using schema {@code id}; 40403 when the id is unknown. */
    List<RegisteredSchema> versionsOf(int id);

    /**
     * Incompatibilities of {@code schema} with {@code subject}: with {@code version == null} against
     * the subject's history as its level demands, else against that one version (40402 when it does
     * not exist). Empty when compatible, or when the subject has no versions.
     */
    List<String> checkCompatibility(String subject, Schema schema, Integer version);

    /** The global compatibility level, {@link CompatibilityLevel#BACKWARD} unless changed. */
    CompatibilityLevel globalCompatibility();

    /** The level set on {@code subject} itself, if any. */
    Optional<CompatibilityLevel> subjectCompatibility(String subject);

    /** Sets the level of {@code subject}, or the global level when {@code subject} is null. */
    void setCompatibility(String subject, CompatibilityLevel level);

    /** Removes the level set on {@code subject} and returns it; 40408 when it had none. */
    CompatibilityLevel deleteSubjectCompatibility(String subject);

    @Override
    void close();
}
