package io.wirestream.enrichment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTaggerTest {

    private static final GazetteerTagger TAGGER = GazetteerTagger.loadDefault();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "بالقدس|ar|بالقدس|القدس|loc:jerusalem",
                "لإسرائيل|ar|لإسرائيل|إسرائيل|country:IL",
                "والولايات المتحدة|ar|والولايات المتحدة|الولايات المتحدة|country:US",
                "للولايات المتحدة|ar|للولايات المتحدة|الولايات المتحدة|country:US",
                "وبغزة|ar|وبغزة|غزة|loc:gaza",
                "فلبنان|ar|فلبنان|لبنان|country:LB",
                "لبنان|ar|لبنان|لبنان|country:LB",
                "باكو|ar|باكو|باكو|loc:baku",
                "والأمم المتحدة|ar|والأمم المتحدة|الأمم المتحدة|org:un",
                "وكالة الأناضول|ar|وكالة الأناضول|وكالة الأناضول|org:anadolu",
                "اسرائیل|fa|اسرائیل|اسرائیل|country:IL",
                "Israel|en|Israel|Israel|country:IL",
                "Израиль|ru|Израиль|Израиль|country:IL",
                "以色列|zh|以色列|以色列|country:IL",
                "Israël|fr|Israël|Israël|country:IL",
                "İsrail|tr|İsrail|İsrail|country:IL",
                "Tel Aviv-Yafo|en|Tel Aviv-Yafo|Tel Aviv-Yafo|loc:tel-aviv",
                "تل أبيب|ar|تل أبيب|تل أبيب|loc:tel-aviv",
                "Baku|en|Baku|Baku|loc:baku",
                "Bakou|fr|Bakou|Bakou|loc:baku",
                "NATO|en|NATO|NATO|org:nato",
            })
    void shouldLinkNameToCanonicalIdWhenWrittenInAnyLanguage(
            String text, String lang, String surface, String base, String id) {
        List<EntityMention> mentions = TAGGER.tag(text, lang);

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(surface);
            assertThat(m.baseForm()).isEqualTo(base);
            assertThat(m.canonicalId()).isEqualTo(id);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        });
    }

    @Test
    void shouldPreferLongestMatchWhenNamesNest() {
        List<EntityMention> mentions = TAGGER.tag("العدوان على قطاع غزة", "ar");

        assertThat(mentions).extracting(EntityMention::canonicalId).containsExactly("loc:gaza-strip");
    }

    @Test
    void shouldRequireCapitalsWhenNameIsAnAbbreviation() {
        assertThat(TAGGER.tag("Tell us about the US and the UN", "en"))
                .extracting(EntityMention::text)
                .containsExactly("US", "UN");
    }

    @Test
    void shouldRequireCapitalWhenNameIsCapitalized() {
        assertThat(TAGGER.tag("a turkey and china plates", "en")).isEmpty();
        assertThat(TAGGER.tag("Turkey and China", "en"))
                .extracting(EntityMention::canonicalId)
                .containsExactly("country:TR", "country:CN");
    }

    @Test
    void shouldSkipStopWordsWhenTheyAreOrdinaryWords() {
        assertThat(TAGGER.tag("الوضع المالي في مالي", "ar")).isEmpty(); // مالي = "financial" (and Mali)
        assertThat(TAGGER.tag("Того же мнения", "ru")).isEmpty();
        assertThat(TAGGER.tag("He lives in New Jersey", "en")).isEmpty();
        assertThat(TAGGER.tag("روز دوشنبه", "fa")).isEmpty(); // Monday, not Dushanbe
        assertThat(TAGGER.tag("وصل إلى دوشنبه", "ar"))
                .extracting(EntityMention::canonicalId)
                .containsExactly("loc:dushanbe");
    }

    @Test
    void shouldNotStripCliticsWhenTextIsPersian() {
        // In Persian ب is a separate word (به); a glued ب is part of the word.
        assertThat(TAGGER.tag("بالقدس", "fa")).isEmpty();
    }

    @Test
    void shouldNotMatchInsideWordsWhenNameIsPartOfLongerWord() {
        assertThat(TAGGER.tag("الإسرائيلي Israeli Israelis", "ar")).isEmpty();
    }

    @Test
    void shouldNotSpanLineBreaksWhenNameWordsAreOnTwoLines() {
        assertThat(TAGGER.tag("Tel\nAviv", "en")).isEmpty();
    }

    @Test
    void shouldLowerConfidenceWhenKeyIsAmbiguous() {
        EntityMention oman = TAGGER.tag("عمان", "ar").get(0); // Oman and Amman share the key
        assertThat(oman.canonicalId()).isEqualTo("country:OM");
        assertThat(oman.confidence()).isLessThan(TAGGER.tag("باكو", "ar").get(0).confidence());
    }

    @Test
    void shouldReturnSortedNonOverlappingMentionsWhenTextHasMany() {
        String text = "Israel, Azerbaijan, Moscow, Gaza Strip, NATO and the European Union met in Baku and Tel Aviv.";

        List<EntityMention> mentions = TAGGER.tag(text, "en");

        assertThat(mentions)
                .extracting(EntityMention::canonicalId)
                .containsExactly(
                        "country:IL",
                        "country:AZ",
                        "loc:moscow",
                        "loc:gaza-strip",
                        "org:nato",
                        "org:eu",
                        "loc:baku",
                        "loc:tel-aviv");
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).start())
                    .isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
    }

    @Test
    void shouldUseCuratedCanonicalNameWhenCountryHasOne() {
        assertThat(TAGGER.tag("فلسطين", "ar").get(0).canonicalName()).isEqualTo("Palestine");
        assertThat(TAGGER.tag("Azerbaijan", "en").get(0).canonicalName()).isEqualTo("Azerbaijan");
    }

    @Test
    void shouldKnowEveryCountryWhenLoaded() {
        assertThat(TAGGER.size()).isGreaterThan(4_000);
        assertThat(TAGGER.version()).matches("gazetteer@[0-9a-f]{12}");
    }
}
