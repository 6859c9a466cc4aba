package io.wirestream.enrichment.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrichment.link.KnowledgeBase.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseTest {

    static final KnowledgeBase KB = KnowledgeBase.loadDefault();
    static final Path NAMES = Path.of("../../shared/data/names");
    static final Path GAZETTEER = Path.of("src/main/resources/io/wirestream/enrichment/gazetteer");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "إسرائيل|country:IL|Israel",
                "Израиль|country:IL|Israel",
                "ישראל|country:IL|Israel",
                "以色列|country:IL|Israel",
                "أذربيجان|country:AZ|Azerbaijan",
                "Bakú|loc:baku|Baku",
                "الأمم المتحدة|org:un|United Nations",
                "بنيامين نتنياهو|per:benjamin-netanyahu|Benjamin Netanyahu",
                "Нетаньяху|per:benjamin-netanyahu|Benjamin Netanyahu",
                "בנימין נתניהו|per:benjamin-netanyahu|Benjamin Netanyahu",
                "Erdogan|per:recep-tayyip-erdogan|Recep Tayyip Erdoğan",
                "George Washington|per:george-washington|George Washington",
                "ג'ורג' וושינגטון|per:george-washington|George Washington",
            })
    void shouldFindOneEntityWhenNameIsWrittenInAnyScript(String name, String id, String canonicalName) {
        assertThat(KB.lookup(name)).extracting(Entity::id).contains(id);
        assertThat(KB.get(id)).get().extracting(Entity::canonicalName).isEqualTo(canonicalName);
    }

    @Test
    void shouldMergeWikidataPersonIntoCuratedOneWhenEnglishNamesAreEqual() {
        Entity aliyev = KB.get("per:ilham-aliyev").orElseThrow();

        assertThat(aliyev.source()).isEqualTo(KnowledgeBase.Source.CURATED);
        assertThat(KB.lookup("Ilham Aliyev")).extracting(Entity::id).containsExactly("per:ilham-aliyev");
    }

    @Test
    void shouldHoldCountriesPlacesOrganizationsAndSeventyThousandPeopleWhenLoaded() {
        assertThat(KB.size()).isGreaterThan(70_000);
        assertThat(KB.nameCount()).isGreaterThan(140_000);
        assertThat(KB.curatedPersons()).hasSizeGreaterThan(90);
        assertThat(KB.version()).matches("kb@[0-9a-f]{12}");
    }

    @Test
    void shouldRebuildShippedResourceByteForByteWhenSourcesAreAvailable() throws IOException {
        assumeTrue(Files.isDirectory(NAMES), "shared name lists not available");
        byte[] rebuilt = BuildKnowledgeBase.knowledgeBaseBytes(BuildKnowledgeBase.buildEntities(NAMES, GAZETTEER));

        byte[] shipped;
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(rebuilt)
                .as("rerun BuildKnowledgeBase after editing the gazetteer files")
                .isEqualTo(shipped);
    }
}
