package io.wirestream.enrichment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicOrganizationPhrasesTest {

    private static ArabicOrganizationPhrases phrases;

    @BeforeAll
    static void load() {
        phrases = new ArabicOrganizationPhrases(GazetteerTagger.loadDefault());
    }

    private static List<String> surfaces(String text) {
        return phrases.tag(text, "ar").stream().map(EntityMention::text).toList();
    }

    @Test
    void shouldFindBodyWithNationalAdjectiveAndFieldWhenSampleNamesIt() {
        String text =
                "ووقّع مذكرة التفاهم كل من رئيس الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي العميد (احتياط) إيريز أسكال";

        List<EntityMention> found = phrases.tag(text, "ar");

        assertThat(found).hasSize(1);
        EntityMention m = found.get(0);
        assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(m.text()).isEqualTo("الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي");
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        assertThat(m.baseForm()).isEqualTo(m.text());
        assertThat(m.canonicalId()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "برعاية الجمعية الوطنية للهلال الأحمر بهدف",
                "وذكرت وكالة الأنباء العراقية أن",
                "أعلنت السلطة الفلسطينية أمس",
                "زعيم حزب المحافظين البريطاني قال",
                "أعلن المجلس الأعلى للقضاء أن",
            })
    void shouldFindPhraseWhenBodyHasNationalAdjectiveOrField(String text) {
        assertThat(surfaces(text)).hasSize(1);
    }

    @Test
    void shouldCoverWholePhraseWhenFieldHasElativeAdjective() {
        assertThat(surfaces("برعاية الجمعية الوطنية للهلال الأحمر بهدف"))
                .containsExactly("الجمعية الوطنية للهلال الأحمر");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "قالت الحكومة الإسرائيلية إن", // government: not an institution noun here
                "اجتمع المجلس الوطني أمس", // no national adjective, no field
                "قال رئيس الشركة إن الأرباح", // bare noun
                "عبّر عن الإدارة الأمريكية", // administration: not an institution noun here
                "قالت الشركة للصحفيين إن", // a complement needs an adjective or a construct noun before it
                "توجه إلى مجلس الأمن للحصول على قرار", // a verbal noun, not a field
                "أسر حزب الله اللبناني جنديين", // the gazetteer knows Hezbollah and links it
                "برعاية اللجنة الدولية للصليب الأحمر", // and the Red Cross
            })
    void shouldFindNothingWhenPhraseDoesNotSetBodyApart(String text) {
        assertThat(surfaces(text)).as(text).isEmpty();
    }

    @Test
    void shouldStripProcliticsFromBaseFormWhenHeadCarriesThem() {
        List<EntityMention> found = phrases.tag("وشكر للهيئة الوطنية الإسرائيلية جهودها", "ar");

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("للهيئة الوطنية الإسرائيلية");
            assertThat(m.baseForm()).isEqualTo("الهيئة الوطنية الإسرائيلية");
        });
        assertThat(phrases.tag("ووكالة الأنباء العراقية", "ar"))
                .singleElement()
                .satisfies(m -> assertThat(m.baseForm()).isEqualTo("وكالة الأنباء العراقية"));
    }

    @Test
    void shouldStopAtLineBreakWhenPhraseWouldSpanTwoLines() {
        assertThat(surfaces("الهيئة الوطنية\nالإسرائيلية للذكاء")).isEmpty();
    }

    @Test
    void shouldTagNothingWhenTextIsNotArabic() {
        assertThat(phrases.tag("الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي", "fa"))
                .isEmpty();
    }
}
