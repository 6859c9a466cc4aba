package io.wirestream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.clean.Embed;
import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityType;
import io.wirestream.enrichment.lang.LanguageSegment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test on a real Arabic story (samples/000_e0b798d0f20a28bd.txt): a leaked {@code date} prefix, an
 * embedded English tweet and a trailing credit line. Every change to an expected value here says why.
 */
class SampleArticleGoldenTest {

    private static EnrichmentResult result;

    @BeforeAll
    static void enrichSample() throws IOException {
        String body;
        try (InputStream in = SampleArticleGoldenTest.class.getResourceAsStream("/samples/000_e0b798d0f20a28bd.txt")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        result = Enricher.loadDefault()
                .enrich(new ArticleInput("000_e0b798d0f20a28bd", null, "alaraby", null, body, null, null, null));
    }

    private static String tweetParagraph() {
        return result.cleaned().paragraphs().stream()
                .filter(p -> p.startsWith("Israel and Azerbaijan"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldDetectArabicWhenDocumentIsMostlyArabic() {
        assertThat(result.language().document().language()).isEqualTo("ar");
        assertThat(result.language().document().confidence()).isGreaterThan(0.7);
    }

    @Test
    void shouldFindOneEnglishSegmentWhenTweetIsEmbedded() {
        String text = result.cleaned().text();
        List<LanguageSegment> english = result.language().segments().stream()
                .filter(s -> s.language().equals("en"))
                .toList();

        assertThat(english)
                .singleElement()
                .satisfies(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(tweetParagraph()));
        assertThat(result.language().segments())
                .extracting(LanguageSegment::language)
                .containsExactly("ar", "en", "ar");
    }

    @Test
    void shouldDropLeakedDatelineWhenBodyStartsWithIt() {
        assertThat(result.cleaned().text())
                .startsWith("وقّعت إسرائيل وأذربيجان")
                .doesNotContain("date 2026");
        assertThat(result.cleaned().publishedAt()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
        assertThat(result.cleaned().publishedAtSource()).isEqualTo("text");
    }

    @Test
    void shouldSplitCreditsWhenCreditLineEndsTheStory() {
        assertThat(result.cleaned().credits()).containsExactly("الأناضول", "العربي الجديد");
        assertThat(result.cleaned().text()).endsWith("نحو 70 مليار دولار.");
    }

    @Test
    void shouldMoveTweetSignatureIntoEmbedWhenTweetIsEmbedded() {
        String text = result.cleaned().text();

        assertThat(result.cleaned().embeds()).singleElement().satisfies(e -> {
            assertThat(e)
                    .extracting(Embed::kind, Embed::author, Embed::handle, Embed::date, Embed::url)
                    .containsExactly(
                            "tweet",
                            "Prime Minister of Israel",
                            "IsraeliPM",
                            "February 3, 2026",
                            "pic.twitter.com/bmGKNz17J7");
            assertThat(text.substring(e.start(), e.end())).isEqualTo(tweetParagraph());
        });
        assertThat(tweetParagraph()).endsWith("Prime Minister Netanyahu.");
        assertThat(text).doesNotContain("pic.twitter.com").doesNotContain("@IsraeliPM");
    }

    @Test
    void shouldTagPlacesWhenArabicAndEnglishNameThem() {
        List<EntityMention> locations = result.entities().stream()
                .filter(m -> m.type() == EntityType.LOCATION)
                .toList();

        assertThat(locations)
                .extracting(EntityMention::baseForm)
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
        assertThat(locations)
                .anySatisfy(m -> assertThat(m)
                        .extracting(EntityMention::text, EntityMention::canonicalId)
                        .containsExactly("بالقدس", "loc:jerusalem"));
        assertThat(locations)
                .anySatisfy(m -> assertThat(m)
                        .extracting(EntityMention::text, EntityMention::canonicalId)
                        .containsExactly("والولايات المتحدة", "country:US"));
        assertThat(locations)
                .filteredOn(m -> m.baseForm().equals("باكو"))
                .extracting(EntityMention::canonicalId)
                .containsOnly("loc:baku");
        assertThat(locations)
                .filteredOn(m -> m.baseForm().equals("تل أبيب"))
                .extracting(EntityMention::canonicalId)
                .containsOnly("loc:tel-aviv");
        assertThat(locations)
                .filteredOn(m -> m.baseForm().equals("غزة"))
                .extracting(EntityMention::canonicalId)
                .containsOnly("loc:gaza");
    }

    @Test
    void shouldShareCanonicalIdWhenIsraelIsNamedInArabicAndEnglish() {
        List<String> arabic = result.entities().stream()
                .filter(m -> m.baseForm().equals("إسرائيل"))
                .map(EntityMention::canonicalId)
                .toList();
        List<String> english = result.entities().stream()
                .filter(m -> m.text().equals("Israel"))
                .map(EntityMention::canonicalId)
                .toList();

        assertThat(arabic).isNotEmpty().containsOnly("country:IL");
        assertThat(english).isNotEmpty().containsOnly("country:IL");
    }

    @Test
    void shouldTagAgencyWhenStoryCitesIt() {
        assertThat(result.entities())
                .anySatisfy(m -> assertThat(m)
                        .extracting(EntityMention::type, EntityMention::canonicalId)
                        .containsExactly(EntityType.ORGANIZATION, "org:anadolu"));
    }

    @Test
    void shouldPointEveryOffsetIntoCleanTextWhenEnriched() {
        String text = result.cleaned().text();
        for (EntityMention m : result.entities()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(result.contentHash()).matches("[0-9a-f]{64}");
        assertThat(result.modelVersions()).containsKeys("clean-text", "detect-language", "tag-entities");
    }
}
