package io.wirestream.registry;

import java.io.Serial;

/**
 * A schema registry call failed. Carries the HTTP status and the Confluent error code
 * ({@code error_code} in the registry's error body), so callers can tell "not found" from
 * "incompatible" from "unavailable" without parsing messages.
 *
 * <p>Messages never contain credentials.
 */
public class SchemaRegistryException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    public static final int STORE_ERROR = 50001;
    public static final int OPERATION_TIMEOUT = 50002;
    public static final int FORWARDING_ERROR = 50003;
    /** Not a Confluent code: no registry could be reached at all. */
    public static final int UNREACHABLE = 50300;

    private final int httpStatus;
    private final int errorCode;
    private final String detail;

    public SchemaRegistryException(int httpStatus, int errorCode, String message) {
        this(httpStatus, errorCode, message, null);
    }

    public SchemaRegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
        super(message + " (HTTP " + httpStatus + ", error code " + errorCode + ")", cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.detail = message;
    }

    public static SchemaRegistryException subjectNotFound(String subject) {
        return new SchemaRegistryException(404, SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found");
    }

    public static SchemaRegistryException versionNotFound(String subject, Object version) {
        return new SchemaRegistryException(
                404, VERSION_NOT_FOUND, "Version " + version + " of subject '" + subject + "' not found");
    }

    public static SchemaRegistryException schemaNotFound(String detail) {
        return new SchemaRegistryException(404, SCHEMA_NOT_FOUND, "Schema not found: " + detail);
    }

    public static SchemaRegistryException incompatible(String subject, Iterable<String> reasons) {
        return new SchemaRegistryException(
                409,
                INCOMPATIBLE_SCHEMA,
                "Schema being registered is incompatible with an earlier schema for subject '" + subject + "': "
                        + String.join("; ", reasons));
    }

    public static SchemaRegistryException invalidSchema(String detail) {
        return new SchemaRegistryException(422, INVALID_SCHEMA, "Invalid schema: " + detail);
    }

    /** The HTTP status of the failed call (404, 409, 422, 5xx, ...). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The Confluent error code (40401, 40403, 409, 42201, 50001, ...). */
    public int errorCode() {
        return errorCode;
    }

    /** The message without the status suffix, as a registry puts it in its error body. */
    public String detail() {
        return detail;
    }

    /** Whether the requested subject, version or schema does not exist. */
    public boolean isNotFound() {
        return httpStatus == 404;
    }

    /** Whether the registry could not serve the request: retrying later may succeed. */
    public boolean isUnavailable() {
        return httpStatus >= 500 || errorCode >= 50000;
    }
}
