package io.wirestream.enrichment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** {@code enrichment} is pure Java NLP: the Kafka and Avro layers depend on it, never the other way. */
@AnalyzeClasses(packages = "io.wirestream.enrichment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule shouldNotDependOnKafkaOrAvroWhenInEnrichment = noClasses()
            .that()
            .resideInAPackage("io.wirestream.enrichment..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.kafka..", "org.apache.avro..", "io.wirestream.avro..")
            .because("enrichment is pure Java; the topology adapts Avro records to its API");
}
