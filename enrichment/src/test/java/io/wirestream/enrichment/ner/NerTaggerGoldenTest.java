package io.wirestream.enrichment.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled Arabic and English models on the sample article (samples/000_e0b798d0f20a28bd.txt: an Arabic
 * story with an embedded English tweet), paragraph by paragraph, the tweet as English. Golden values are what the
 * shipped models find; the misses are listed so a better model can move them into the found lists. This one
 * article does not prove the tagger: the test-set F1 in the model cards does.
 */
class NerTaggerGoldenTest {

    private static final NerTagger TAGGER = NerTagger.load(List.of("ar", "en"));
    private static List<EntityMention> mentions;

    @BeforeAll
    static void tagSample() throws IOException {
        Path sample = Path.of("../samples/000_e0b798d0f20a28bd.txt");
        assumeTrue(Files.isRegularFile(sample), "sample article not found");
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        mentions = new ArrayList<>();
        int offset = 0;
        for (String paragraph : text.split("\n", -1)) {
            String lang = paragraph.contains("Israel and Azerbaijan signed") ? "en" : "ar";
            for (EntityMention m : TAGGER.tag(paragraph, lang)) {
                assertThat(paragraph.substring(m.start(), m.end())).isEqualTo(m.text());
                mentions.add(new EntityMention(
                        m.type(),
                        m.text(),
                        m.start() + offset,
                        m.end() + offset,
                        m.baseForm(),
                        null,
                        null,
                        m.confidence()));
            }
            offset += paragraph.length() + 1;
        }
    }

    private static List<String> baseForms(EntityType type) {
        return mentions.stream()
                .filter(m -> m.type() == type)
                .map(EntityMention::baseForm)
                .distinct()
                .toList();
    }

    @Test
    void shouldFindThePeopleWhenTaggingTheSampleArticle() {
        assertThat(baseForms(EntityType.PERSON))
                .contains("بنيامين نتنياهو", "إلهام علييف", "جدعون ساعر", "رشاد نبييف", "إيريز أسكال", "Netanyahu");
        // missed: نتنياهو alone (after مكتب and قال); علييف alone in a paragraph without the full name (the model
        // before the November 2026 ensemble found it at confidence 0.01, on the edge; the linker's curated persons
        // still tag it in the pipeline)
        assertThat(baseForms(EntityType.PERSON)).doesNotContain("نتنياهو");
    }

    @Test
    void shouldFindThePlacesWithCliticsStrippedWhenTaggingTheSampleArticle() {
        assertThat(baseForms(EntityType.LOCATION))
                .contains(
                        "إسرائيل",
                        "أذربيجان",
                        "القدس",
                        "الولايات المتحدة",
                        "تل أبيب",
                        "باكو",
                        "غزة",
                        "Israel",
                        "Azerbaijan");
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("بالقدس");
            assertThat(m.baseForm()).isEqualTo("القدس");
        });
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("والولايات المتحدة");
            assertThat(m.baseForm()).isEqualTo("الولايات المتحدة");
        });
    }

    @Test
    void shouldFindOnlyPartOfTheOrganizationsWhenTaggingTheSampleArticle() {
        // found: الأناضول (without وكالة); missed: الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي
        assertThat(baseForms(EntityType.ORGANIZATION)).contains("الأناضول");
        assertThat(baseForms(EntityType.ORGANIZATION))
                .doesNotContain("وكالة الأناضول", "الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي");
    }

    @Test
    void shouldReturnSortedNonOverlappingSpansWithConfidenceInRange() {
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).start())
                    .isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
        assertThat(mentions).allSatisfy(m -> assertThat(m.confidence()).isBetween(0.0, 1.0));
    }
}
