package io.wirestream.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Avro schema compatibility checks with Confluent Schema Registry semantics, built on Avro's
 * {@link SchemaCompatibility}. Stateless and thread-safe.
 */
public final class AvroCompatibility {

    private AvroCompatibility() {}

    /**
     * Checks whether {@code candidate} may follow {@code previousOldestFirst} at {@code level}.
     *
     * @param previousOldestFirst the subject's live versions, oldest first; may be empty
     * @return human-readable incompatibilities; empty when compatible
     */
    public static List<String> check(CompatibilityLevel level, Schema candidate, List<Schema> previousOldestFirst) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(previousOldestFirst, "previousOldestFirst");
        List<String> problems = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || previousOldestFirst.isEmpty()) {
            return problems;
        }
        int count = previousOldestFirst.size();
        int first = level.transitive() ? 0 : count - 1;
        for (int i = first; i < count; i++) {
            Schema previous = previousOldestFirst.get(i);
            String which = i == count - 1 ? "the latest schema" : "previous schema " + (i + 1) + " of " + count;
            if (level.backward()) {
                describe(
                        SchemaCompatibility.checkReaderWriterCompatibility(candidate, previous),
                        "new schema cannot read data written with " + which,
                        problems);
            }
            if (level.forward()) {
                describe(
                        SchemaCompatibility.checkReaderWriterCompatibility(previous, candidate),
                        which + " cannot read data written with the new schema",
                        problems);
            }
        }
        return problems;
    }

    private static void describe(SchemaPairCompatibility result, String direction, List<String> problems) {
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            problems.add(String.format(
                    Locale.ROOT,
                    "%s: %s at %s: %s",
                    direction,
                    incompatibility.getType(),
                    incompatibility.getLocation(),
                    incompatibility.getMessage()));
        }
    }
}
