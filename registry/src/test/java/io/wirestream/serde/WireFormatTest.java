package io.wirestream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.serde.WireFormatException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void shouldPutMagicByteAndBigEndianIdBeforePayloadWhenFraming() {
        byte[] framed = WireFormat.frame(0x01020304, new byte[] {(byte) 0xAA, (byte) 0xBB});

        assertThat(framed).containsExactly(0x00, 0x01, 0x02, 0x03, 0x04, 0xAA, 0xBB);
    }

    @Test
    void shouldReadSchemaIdWhenHeaderIsValid() {
        byte[] framed = {0x00, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, 0x01};

        assertThat(WireFormat.parseHeader(framed).schemaId()).isEqualTo(Integer.MAX_VALUE - 1);
        assertThat(WireFormat.payload(framed).remaining()).isEqualTo(1);
    }

    @Test
    void shouldAcceptEmptyPayloadWhenHeaderIsComplete() {
        assertThat(WireFormat.parseHeader(new byte[] {0, 0, 0, 0, 7}).schemaId())
                .isEqualTo(7);
    }

    @Test
    void shouldFailTooShortWhenFewerThanFiveBytes() {
        assertThatThrownBy(() -> WireFormat.parseHeader(new byte[] {0, 0, 1}))
                .isInstanceOfSatisfying(
                        WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_SHORT))
                .hasMessageContaining("3 byte(s), expected at least 5");
    }

    @Test
    void shouldSuspectJsonWhenFirstByteIsBrace() {
        byte[] json = "{\"id\":\"a1\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WireFormat.parseHeader(json))
                .isInstanceOfSatisfying(
                        WireFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_MAGIC_BYTE))
                .hasMessage("magic byte 0x7b, expected 0x00: not Confluent wire format (JSON?)");
    }

    @Test
    void shouldNameTheByteWhenMagicByteIsBinary() {
        assertThatThrownBy(() -> WireFormat.parseHeader(new byte[] {(byte) 0x81, 0, 0, 0, 1}))
                .hasMessage("magic byte 0x81, expected 0x00: not Confluent wire format");
    }
}
