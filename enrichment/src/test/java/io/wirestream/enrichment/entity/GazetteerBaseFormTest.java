package io.wirestream.enrichment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inflected names (Russian cases, Turkic suffixes) and the curated person list. */
class GazetteerBaseFormTest {

    private static final GazetteerTagger TAGGER = GazetteerTagger.loadDefault();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Визит в Россию|ru|Россию|Россия|country:RU",
                "из России|ru|России|Россия|country:RU",
                "посол Азербайджана|ru|Азербайджана|Азербайджан|country:AZ",
                "в Москве|ru|Москве|Москва|loc:moscow",
                "с Израилем|ru|Израилем|Израиль|country:IL",
                "в Южной Корее|ru|Южной Корее|Южная Корея|country:KR",
                "переговоры с Путиным|ru|Путиным|Путин|per:vladimir-putin",
                "Türkiye'nin tutumu|tr|Türkiye'nin|Türkiye|country:TR",
                "İsrail'e karşı|tr|İsrail'e|İsrail|country:IL",
                "Bakü'de toplantı|tr|Bakü'de|Bakü|loc:baku",
                "Azərbaycanın paytaxtı|az|Azərbaycanın|Azərbaycan|country:AZ",
            })
    void shouldFindBaseFormWhenNameIsInflected(String text, String lang, String surface, String base, String id) {
        List<EntityMention> mentions = TAGGER.tag(text, lang);

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(surface);
            assertThat(m.baseForm()).isEqualTo(base);
            assertThat(m.canonicalId()).isEqualTo(id);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        });
    }

    @Test
    void shouldKeepConfidenceLowerWhenNameWasInflected() {
        double inflected = TAGGER.tag("из России", "ru").get(0).confidence();
        double nominative = TAGGER.tag("Россия", "ru").get(0).confidence();

        assertThat(inflected).isLessThan(nominative);
    }

    @Test
    void shouldNotInflectWhenWordIsLowercase() {
        assertThat(TAGGER.tag("в москве и россии", "ru")).isEmpty();
    }

    @Test
    void shouldNotStripTurkicSuffixWhenApostropheStartsAnotherWord() {
        assertThat(TAGGER.tag("Israel's army", "en"))
                .singleElement()
                .satisfies(m -> assertThat(m)
                        .extracting(EntityMention::text, EntityMention::baseForm)
                        .containsExactly("Israel", "Israel"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "رئيس الوزراء الإسرائيلي بنيامين نتنياهو|ar|بنيامين نتنياهو|per:benjamin-netanyahu",
                "وقال نتنياهو|ar|نتنياهو|per:benjamin-netanyahu",
                "Prime Minister Netanyahu|en|Netanyahu|per:benjamin-netanyahu",
                "Премьер Нетаньяху|ru|Нетаньяху|per:benjamin-netanyahu",
                "ראש הממשלה בנימין נתניהו|he|בנימין נתניהו|per:benjamin-netanyahu",
                "الرئيس الأذربيجاني إلهام علييف|ar|إلهام علييف|per:ilham-aliyev",
                "التقى الرئيس علييف|ar|علييف|per:ilham-aliyev",
                "Prezident İlham Əliyev|az|İlham Əliyev|per:ilham-aliyev",
                "وزير الخارجية الإسرائيلي جدعون ساعر|ar|جدعون ساعر|per:gideon-saar",
                "Le président Emmanuel Macron|fr|Emmanuel Macron|per:emmanuel-macron",
                "会见习近平|zh|习近平|per:xi-jinping",
                "Cumhurbaşkanı Erdoğan'ın açıklaması|tr|Erdoğan'ın|per:recep-tayyip-erdogan",
            })
    void shouldTagPersonWhenCuratedListNamesThem(String text, String lang, String surface, String id) {
        List<EntityMention> mentions = TAGGER.tag(text, lang);

        assertThat(mentions)
                .filteredOn(m -> m.type() == EntityType.PERSON)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.text()).isEqualTo(surface);
                    assertThat(m.canonicalId()).isEqualTo(id);
                });
    }

    @Test
    void shouldNameHeydarNotIlhamWhenFullNameSaysSo() {
        assertThat(TAGGER.tag("Heydar Aliyev and Ilham Aliyev", "en"))
                .extracting(EntityMention::canonicalId)
                .containsExactly("per:heydar-aliyev", "per:ilham-aliyev");
    }

    @Test
    void shouldPreferPersonWhenFullNameStartsWithCountryName() {
        assertThat(TAGGER.tag("Israel Katz said", "en"))
                .extracting(EntityMention::canonicalId)
                .containsExactly("per:israel-katz");
    }

    @Test
    void shouldNotTagOrdinaryWordsWhenTheySpellSurnames() {
        assertThat(TAGGER.tag("عرين الأسد ونصر الله", "ar")).isEmpty(); // "the lion's den", "God's victory"
        assertThat(TAGGER.tag("Der Herzog von Edinburgh", "de"))
                .extracting(EntityMention::canonicalId)
                .containsExactly("loc:edinburgh");
    }

    @Test
    void shouldGiveEnglishCanonicalNameWhenPersonIsCurated() {
        assertThat(TAGGER.tag("نتنياهو", "ar").get(0).canonicalName()).isEqualTo("Benjamin Netanyahu");
    }
}
