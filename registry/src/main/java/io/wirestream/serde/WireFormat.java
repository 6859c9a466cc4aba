package io.wirestream.serde;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;

/**
 * The Confluent wire format: one magic byte {@code 0x00}, the schema id as a 4-byte big-endian
 * int, then the Avro binary encoding of the datum (no Avro container header).
 *
 * <pre>
 * byte 0     magic byte, 0x00
 * bytes 1-4  schema id, big-endian
 * bytes 5-   Avro binary
 * </pre>
 */
public final class WireFormat {

    /** The only magic byte defined so far. */
    public static final byte MAGIC_BYTE = 0x00;
    /** Size of the header: magic byte and schema id. */
    public static final int HEADER_SIZE = 5;

    private WireFormat() {}

    /** The parsed header of a framed message. */
    public record Header(int schemaId) {}

    /** Prefixes {@code avroBinary} with the magic byte and {@code schemaId}. */
    public static byte[] frame(int schemaId, byte[] avroBinary) {
        Objects.requireNonNull(avroBinary, "avroBinary");
        return ByteBuffer.allocate(HEADER_SIZE + avroBinary.length)
                .put(MAGIC_BYTE)
                .putInt(schemaId)
                .put(avroBinary)
                .array();
    }

    /**
     * Reads the header of {@code data}.
     *
     * @throws WireFormatException {@code TOO_SHORT} or {@code UNKNOWN_MAGIC_BYTE}
     */
    public static Header parseHeader(byte[] data) {
        Objects.requireNonNull(data, "data");
        if (data.length < HEADER_SIZE) {
            throw new WireFormatException(
                    WireFormatException.Reason.TOO_SHORT,
                    String.format(
                            Locale.ROOT,
                            "%d byte(s), expected at least %d (magic byte and 4-byte schema id): "
                                    + "not Confluent wire format",
                            data.length,
                            HEADER_SIZE));
        }
        if (data[0] != MAGIC_BYTE) {
            throw new WireFormatException(
                    WireFormatException.Reason.UNKNOWN_MAGIC_BYTE,
                    String.format(
                            Locale.ROOT,
                            "magic byte 0x%02x, expected 0x00: not Confluent wire format%s",
                            data[0] & 0xff,
                            guess(data[0])));
        }
        return new Header(ByteBuffer.wrap(data, 1, 4).getInt());
    }

    /** The Avro payload of a framed message, without copying. */
    public static ByteBuffer payload(byte[] data) {
        parseHeader(data);
        return ByteBuffer.wrap(data, HEADER_SIZE, data.length - HEADER_SIZE).slice();
    }

    private static String guess(byte first) {
        return switch (first) {
            case '{', '[' -> " (JSON?)";
            case '"' -> " (a JSON string?)";
            case '<' -> " (XML or HTML?)";
            case 'O' -> " (an Avro container file, 'Obj'?)";
            default -> first >= 0x20 && first < 0x7f ? " (plain text?)" : "";
        };
    }
}
