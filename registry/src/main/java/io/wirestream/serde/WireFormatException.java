package io.wirestream.serde;

import java.io.Serial;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Bytes could not be turned into a record, or a record into bytes, with a machine-readable
 * {@link Reason} so error handlers can route the record (e.g. to a dead-letter topic) without
 * parsing messages.
 */
public class WireFormatException extends SerializationException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why (de)serialization failed. */
    public enum Reason {
        /** Fewer than the 5 header bytes. */
        TOO_SHORT,
        /** The first byte is not the Confluent magic byte 0: not Confluent wire format. */
        UNKNOWN_MAGIC_BYTE,
        /** The registry has no schema with the id in the header. */
        UNKNOWN_SCHEMA_ID,
        /** The registry could not be reached or failed; retrying later may succeed. */
        REGISTRY_UNAVAILABLE,
        /** Writer and reader schemas cannot be reconciled, or the registry refused the schema. */
        INCOMPATIBLE_SCHEMA,
        /** The Avro payload after the header is truncated, corrupt or has trailing bytes. */
        MALFORMED_AVRO,
        /** Auto-registration is off and the record's schema is not registered for the subject. */
        SCHEMA_NOT_REGISTERED
    }

    private final Reason reason;

    public WireFormatException(Reason reason, String message) {
        this(reason, message, null);
    }

    public WireFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why (de)serialization failed. */
    public Reason reason() {
        return reason;
    }
}
