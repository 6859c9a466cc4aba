package io.wirestream.enrichment.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityTagger;
import io.wirestream.enrichment.entity.EntityType;
import io.wirestream.enrichment.entity.GazetteerTagger;
import io.wirestream.enrichment.lang.LanguageSegment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The combined tagger: overlap resolution with a statistical tagger, and the sample article (a copy of
 * samples/000_e0b798d0f20a28bd.txt: Arabic story with an embedded English tweet) with the gazetteer alone.
 */
class LinkedEntityTaggerTest {

    static final GazetteerTagger GAZETTEER = GazetteerTagger.loadDefault();
    static final LinkedEntityTagger GAZETTEER_ONLY = new LinkedEntityTagger(null, GAZETTEER, EntityLinkerTest.LINKER);

    private static String sample;
    private static List<EntityMention> sampleMentions;

    @BeforeAll
    static void tagSample() throws IOException {
        try (InputStream in = LinkedEntityTaggerTest.class.getResourceAsStream("sample-000_e0b798d0f20a28bd.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int tweetStart = sample.indexOf("Israel and Azerbaijan");
        int tweetEnd = sample.indexOf('\n', tweetStart);
        List<LanguageSegment> segments = List.of(
                new LanguageSegment("ar", 0, tweetStart, 0.9),
                new LanguageSegment("en", tweetStart, tweetEnd, 0.9),
                new LanguageSegment("ar", tweetEnd, sample.length(), 0.9));
        sampleMentions = GAZETTEER_ONLY.tagArticle(sample, segments);
    }

    private static List<String> idsOf(String baseForm) {
        return sampleMentions.stream()
                .filter(m -> m.baseForm().equals(baseForm))
                .map(EntityMention::canonicalId)
                .toList();
    }

    @Test
    void shouldShareNetanyahuIdWhenArabicAndEnglishNameHim() {
        List<EntityMention> netanyahu = sampleMentions.stream()
                .filter(m -> m.canonicalId().equals("per:benjamin-netanyahu"))
                .toList();

        assertThat(netanyahu).extracting(EntityMention::text).contains("بنيامين نتنياهو", "نتنياهو", "Netanyahu");
        assertThat(netanyahu).extracting(EntityMention::canonicalName).containsOnly("Benjamin Netanyahu");
        assertThat(netanyahu).extracting(EntityMention::type).containsOnly(EntityType.PERSON);
    }

    @Test
    void shouldShareAliyevIdWhenSurnameStandsAlone() {
        assertThat(idsOf("إلهام علييف")).containsExactly("per:ilham-aliyev");
        assertThat(idsOf("علييف")).containsExactly("per:ilham-aliyev");
    }

    @Test
    void shouldLinkSaarWhenArabicNamesHim() {
        assertThat(idsOf("جدعون ساعر")).containsExactly("per:gideon-saar");
    }

    @Test
    void shouldShareCountryIdWhenIsraelIsNamedInArabicAndEnglish() {
        assertThat(idsOf("إسرائيل")).isNotEmpty().containsOnly("country:IL");
        assertThat(idsOf("Israel")).isNotEmpty().containsOnly("country:IL");
        assertThat(idsOf("أذربيجان")).isNotEmpty().containsOnly("country:AZ");
        assertThat(idsOf("Azerbaijan")).containsOnly("country:AZ");
    }

    @Test
    void shouldLinkPlacesAndAgencyWhenStoryNamesThem() {
        Map<String, String> byBase = sampleMentions.stream()
                .collect(Collectors.toMap(EntityMention::baseForm, EntityMention::canonicalId, (a, b) -> a));

        assertThat(byBase)
                .containsEntry("القدس", "loc:jerusalem")
                .containsEntry("الولايات المتحدة", "country:US")
                .containsEntry("تل أبيب", "loc:tel-aviv")
                .containsEntry("باكو", "loc:baku")
                .containsEntry("غزة", "loc:gaza")
                .containsEntry("وكالة الأناضول", "org:anadolu");
    }

    @Test
    void shouldTagDirectorateWhenArabicPhraseNamesIt() {
        assertThat(sampleMentions)
                .filteredOn(m -> m.type() == EntityType.ORGANIZATION)
                .extracting(EntityMention::text)
                .contains("الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي", "وكالة الأناضول");
    }

    @Test
    void shouldPreferWholePhraseWhenStatisticalTaggerFindsPartOfIt() {
        String text = "رئيس الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي العميد";
        LinkedEntityTagger tagger =
                new LinkedEntityTagger(statistical("ORGANIZATION:الهيئة الوطنية"), GAZETTEER, EntityLinkerTest.LINKER);

        assertThat(tagger.tag(text, "ar"))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("الهيئة الوطنية الإسرائيلية للذكاء الاصطناعي"));
        assertThat(tagger.tag(text, "en"))
                .as("Arabic phrases in Arabic text only")
                .singleElement();
    }

    @Test
    void shouldPointIntoTextAndLeaveNoIdNullWhenTaggingSample() {
        int previousEnd = 0;
        for (EntityMention m : sampleMentions) {
            assertThat(sample.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.canonicalId()).isNotNull();
            previousEnd = m.end();
        }
    }

    // ---- merging with a statistical tagger ----

    /** A stand-in statistical tagger: tags the given surfaces with the given types. */
    private static EntityTagger statistical(String... typedSurfaces) {
        return (text, language) -> {
            List<EntityMention> out = new ArrayList<>();
            for (String typed : typedSurfaces) {
                EntityType type = EntityType.valueOf(typed.substring(0, typed.indexOf(':')));
                String surface = typed.substring(typed.indexOf(':') + 1);
                int start = text.indexOf(surface);
                out.add(new EntityMention(type, surface, start, start + surface.length(), surface, null, null, 0.7));
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
        };
    }

    @Test
    void shouldPreferLongerSpanWhenTaggersOverlap() {
        String text = "Ilham Heydar oglu Aliyev spoke in Baku.";
        LinkedEntityTagger tagger = new LinkedEntityTagger(
                statistical("PERSON:Ilham Heydar oglu Aliyev"), GAZETTEER, EntityLinkerTest.LINKER);

        List<EntityMention> mentions = tagger.tag(text, "en");

        assertThat(mentions).extracting(EntityMention::text).containsExactly("Ilham Heydar oglu Aliyev", "Baku");
        assertThat(mentions).extracting(EntityMention::canonicalId).containsExactly("per:ilham-aliyev", "loc:baku");
    }

    @Test
    void shouldKeepStatisticalTypeWhenItSaysPersonOrOrganization() {
        String text = "Jordan scored 40 points.";
        LinkedEntityTagger tagger =
                new LinkedEntityTagger(statistical("PERSON:Jordan"), GAZETTEER, EntityLinkerTest.LINKER);

        assertThat(tagger.tag(text, "en")).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
            assertThat(m.canonicalId()).startsWith("local:");
        });
    }

    @Test
    void shouldKeepGazetteerPlaceWhenStatisticalTaggerAgreesItIsAPlace() {
        String text = "وصل الوفد بالقدس أمس";
        LinkedEntityTagger tagger =
                new LinkedEntityTagger(statistical("MISC:بالقدس"), GAZETTEER, EntityLinkerTest.LINKER);

        assertThat(tagger.tag(text, "ar")).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(EntityType.LOCATION);
            assertThat(m.baseForm()).isEqualTo("القدس");
            assertThat(m.canonicalId()).isEqualTo("loc:jerusalem");
        });
    }

    @Test
    void shouldLinkStatisticalPersonToArticleNameWhenGazetteerDoesNotKnowHim() {
        String text = "ووزير التنمية الرقمية رشاد نبييف ... Rashad Nabiyev signed";
        LinkedEntityTagger tagger = new LinkedEntityTagger(
                statistical("PERSON:رشاد نبييف", "PERSON:Rashad Nabiyev"), GAZETTEER, EntityLinkerTest.LINKER);

        List<EntityMention> mentions = tagger.tag(text, "ar");

        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).canonicalId())
                .startsWith("local:")
                .isEqualTo(mentions.get(1).canonicalId());
        assertThat(mentions.get(0).canonicalName()).isEqualTo("Rashad Nabiyev");
    }
}
