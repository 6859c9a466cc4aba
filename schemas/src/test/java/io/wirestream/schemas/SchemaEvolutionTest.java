package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema must stay BACKWARD_TRANSITIVE compatible with each released version committed under
 * {@code src/test/resources/released/<Name>/v<N>.avsc}: a consumer on the current schema reads
 * everything ever written. When a schema changes in a release, add its new version file there.
 */
class SchemaEvolutionTest {

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("RawArticle", RawArticle.getClassSchema()),
                Arguments.of("EnrichedArticle", EnrichedArticle.getClassSchema()),
                Arguments.of("DeadLetter", DeadLetter.getClassSchema()),
                Arguments.of("DuplicateArticle", DuplicateArticle.getClassSchema()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void shouldReadEveryReleasedVersionWhenSchemaEvolves(String name, Schema current) throws Exception {
        List<Schema> released = released(name);
        assertThat(released).as("released versions of %s", name).isNotEmpty();
        for (Schema writer : released) {
            var result = SchemaCompatibility.checkReaderWriterCompatibility(current, writer)
                    .getResult();
            assertThat(result.getCompatibility())
                    .as(
                            "%s must read data written with released %s: %s",
                            name, writer.getFullName(), result.getIncompatibilities())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void shouldDocumentEveryFieldAndDefaultEveryOptionalFieldWhenSchemaIsPublished(String name, Schema current) {
        checkDocumented(current, new ArrayList<>());
    }

    private static void checkDocumented(Schema schema, List<String> seen) {
        if (seen.contains(schema.getFullName())) {
            return;
        }
        seen.add(schema.getFullName());
        assertThat(schema.getDoc()).as("doc of %s", schema.getFullName()).isNotBlank();
        for (Schema.Field field : schema.getFields()) {
            assertThat(field.doc())
                    .as("doc of %s.%s", schema.getName(), field.name())
                    .isNotBlank();
            Schema type = field.schema();
            if (type.isUnion() && type.getTypes().get(0).getType() == Schema.Type.NULL) {
                assertThat(field.hasDefaultValue())
                        .as("default of optional %s.%s", schema.getName(), field.name())
                        .isTrue();
            }
            for (Schema nested : nestedRecords(type)) {
                checkDocumented(nested, seen);
            }
        }
    }

    private static List<Schema> nestedRecords(Schema type) {
        return switch (type.getType()) {
            case RECORD -> List.of(type);
            case ARRAY -> nestedRecords(type.getElementType());
            case MAP -> nestedRecords(type.getValueType());
            case UNION ->
                type.getTypes().stream().flatMap(t -> nestedRecords(t).stream()).toList();
            default -> List.of();
        };
    }

    private static List<Schema> released(String name) throws IOException, URISyntaxException {
        URL dir = SchemaEvolutionTest.class.getResource("/released/" + name);
        assertThat(dir).as("released schemas of %s", name).isNotNull();
        List<Schema> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    result.add(new Schema.Parser().parse(in));
                }
            }
        }
        return result;
    }
}
