package io.wirestream.serde;

import static io.wirestream.serde.SerdeTestSupport.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import io.wirestream.registry.MockSchemaRegistry;
import io.wirestream.registry.RegistryClientConfig;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpecificAvroSerdeTest {

    private final String scope = "serde-" + UUID.randomUUID();
    private final Map<String, Object> config = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + scope);

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    /**
     * Pins the bytes of a small RawArticle. Expected bytes are computed by hand from the Avro spec:
     * strings are zig-zag varint length + UTF-8, a union is its zig-zag branch index then the value,
     * a map is a block count (0 ends it), timestamp-millis is a zig-zag varint long.
     */
    @Test
    void shouldWriteExactConfluentBytesWhenSerializingSmallRawArticle() {
        RawArticle article = RawArticle.newBuilder()
                .setId("a1")
                .setSource("s")
                .setBody("hi")
                .setPublishedAt(Instant.ofEpochMilli(1000))
                .build();

        try (SpecificAvroSerde<RawArticle> serde = serde(RawArticle.class, false)) {
            byte[] bytes = serde.serializer().serialize("raw-articles", article);

            assertThat(bytes)
                    .isEqualTo(hex(
                            "00 00000001" // magic byte, schema id 1 (first id of a fresh registry)
                                    + " 04 6131" // id: length 2, "a1"
                                    + " 00" // url: union branch 0 (null)
                                    + " 02 02 73" // source: branch 1, length 1, "s"
                                    + " 00" // title: null
                                    + " 02 04 6869" // body: branch 1, length 2, "hi"
                                    + " 00" // html: null
                                    + " 02 D00F" // publishedAt: branch 1, 1000 -> zig-zag 2000 -> varint D0 0F
                                    + " 00" // fetchedAt: null
                                    + " 00" // languageHint: null
                                    + " 00")); // metadata: empty map
            assertThat(serde.deserializer().deserialize("raw-articles", bytes)).isEqualTo(article);
        }
    }

    @Test
    void shouldRoundTripEveryPipelineRecordWhenRegistryIsMock() {
        try (SpecificAvroSerde<RawArticle> raw = serde(RawArticle.class, false);
                SpecificAvroSerde<EnrichedArticle> enriched = serde(EnrichedArticle.class, false);
                SpecificAvroSerde<DeadLetter> dead = serde(DeadLetter.class, false)) {
            RawArticle article = SerdeTestSupport.rawArticle();
            EnrichedArticle enrichedArticle = SerdeTestSupport.enrichedArticle();
            DeadLetter deadLetter = SerdeTestSupport.deadLetter();

            assertThat(raw.deserializer().deserialize("raw", raw.serializer().serialize("raw", article)))
                    .isEqualTo(article);
            assertThat(enriched.deserializer()
                            .deserialize("enriched", enriched.serializer().serialize("enriched", enrichedArticle)))
                    .isEqualTo(enrichedArticle);
            assertThat(dead.deserializer().deserialize("dlq", dead.serializer().serialize("dlq", deadLetter)))
                    .isEqualTo(deadLetter);
        }
        MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
        assertThat(registry.getAllSubjects()).containsExactly("dlq-value", "enriched-value", "raw-value");
    }

    @Test
    void shouldUseKeySubjectAndSameIdWhenSerdeIsForKeys() {
        try (SpecificAvroSerde<RawArticle> serde = serde(RawArticle.class, true)) {
            byte[] first = serde.serializer().serialize("raw", SerdeTestSupport.rawArticle());
            byte[] second = serde.serializer().serialize("raw", SerdeTestSupport.rawArticle());

            assertThat(Arrays.copyOf(first, 5)).isEqualTo(Arrays.copyOf(second, 5));
        }
        assertThat(MockSchemaRegistry.forScope(scope).getAllSubjects()).containsExactly("raw-key");
    }

    @Test
    void shouldMapNullToNullWhenRecordOrBytesAreNull() {
        try (SpecificAvroSerde<RawArticle> serde = serde(RawArticle.class, false)) {
            assertThat(serde.serializer().serialize("raw", null)).isNull();
            assertThat(serde.deserializer().deserialize("raw", null)).isNull();
        }
        assertThat(MockSchemaRegistry.forScope(scope).getAllSubjects()).isEmpty();
    }

    @Test
    void shouldShareSchemasWhenInjectedClientIsUsedWithoutConfigure() {
        MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class, registry);
        SpecificAvroDeserializer<RawArticle> deserializer = new SpecificAvroDeserializer<>(RawArticle.class, registry);

        byte[] bytes = serializer.serialize("raw", SerdeTestSupport.rawArticle());

        assertThat(deserializer.deserialize("raw", bytes)).isEqualTo(SerdeTestSupport.rawArticle());
        assertThat(registry.getLatestVersion("raw-value").id())
                .isEqualTo(WireFormat.parseHeader(bytes).schemaId());
    }

    @Test
    void shouldNameTheKeyWhenSchemaRegistryUrlIsMissing() {
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class);

        assertThatThrownBy(() -> serializer.configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(RegistryClientConfig.URL);
    }

    @Test
    void shouldRejectNonBooleanWhenAutoRegisterIsMisspelled() {
        assertThatThrownBy(() -> AvroSerdeConfig.from(Map.of(
                        AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://x", AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "yes")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS);
    }

    @Test
    void shouldExplainWhenSerdeIsUsedBeforeConfigure() {
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>(RawArticle.class);

        assertThatThrownBy(() -> serializer.serialize("raw", SerdeTestSupport.rawArticle()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("configure()");
    }

    private <T extends org.apache.avro.specific.SpecificRecord> SpecificAvroSerde<T> serde(
            Class<T> type, boolean isKey) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
        serde.configure(config, isKey);
        return serde;
    }
}
