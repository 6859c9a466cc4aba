package io.wirestream.registry;

import static io.wirestream.registry.AvroCompatibilityTest.V1;
import static io.wirestream.registry.AvroCompatibilityTest.V2_OPTIONAL;
import static io.wirestream.registry.AvroCompatibilityTest.V2_REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {

    private final String scope = "mock-" + UUID.randomUUID();
    private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

    @AfterEach
    void dropScope() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void shouldReturnSameIdWhenSameSchemaIsRegisteredTwice() {
        int first = registry.register("a-value", V1);

        assertThat(registry.register("a-value", V1)).isEqualTo(first).isEqualTo(1);
        assertThat(registry.getAllVersions("a-value")).containsExactly(1);
    }

    @Test
    void shouldShareGlobalIdWhenSchemaIsRegisteredUnderTwoSubjects() {
        int id = registry.register("a-value", V1);

        assertThat(registry.register("b-value", V1)).isEqualTo(id);
        assertThat(registry.getId("b-value", V1)).isEqualTo(id);
        assertThat(registry.getSchemaById(id)).isEqualTo(V1);
    }

    @Test
    void shouldAddVersionWhenSchemaEvolvesCompatibly() {
        registry.register("a-value", V1);
        int id2 = registry.register("a-value", V2_OPTIONAL);

        RegisteredSchema latest = registry.getLatestVersion("a-value");
        assertThat(latest).isEqualTo(new RegisteredSchema("a-value", 2, id2, V2_OPTIONAL));
        assertThat(registry.getVersion("a-value", 1).schema()).isEqualTo(V1);
    }

    @Test
    void shouldRejectWith409WhenSchemaIsIncompatible() {
        registry.register("a-value", V1);

        assertThat(registry.testCompatibility("a-value", V2_REQUIRED)).isFalse();
        assertThatThrownBy(() -> registry.register("a-value", V2_REQUIRED))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                })
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
    }

    @Test
    void shouldAcceptIncompatibleSchemaWhenSubjectLevelIsNone() {
        registry.register("a-value", V1);
        registry.updateCompatibility("a-value", CompatibilityLevel.NONE);

        assertThat(registry.register("a-value", V2_REQUIRED)).isEqualTo(2);
        assertThat(registry.getCompatibility("a-value")).isEqualTo(CompatibilityLevel.NONE);
        assertThat(registry.getCompatibility(null)).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void shouldReportNotFoundCodesWhenSubjectVersionOrIdIsMissing() {
        registry.register("a-value", V1);

        assertThatThrownBy(() -> registry.getLatestVersion("nope"))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> registry.getVersion("a-value", 9))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> registry.getSchemaById(99))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40403));
        assertThatThrownBy(() -> registry.getId("a-value", V2_OPTIONAL))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40403));
    }

    @Test
    void shouldShareStateWhenScopeIsTheSameAndForgetItWhenDropped() {
        registry.register("a-value", V1);
        SchemaRegistryClient viaConfig =
                SchemaRegistryClients.create(Map.of(RegistryClientConfig.URL, "mock://" + scope));

        assertThat(viaConfig.getAllSubjects()).containsExactly("a-value");
        MockSchemaRegistry.dropScope(scope);
        assertThat(MockSchemaRegistry.forScope(scope).getAllSubjects()).isEmpty();
    }
}
