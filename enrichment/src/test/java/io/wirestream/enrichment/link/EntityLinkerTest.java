package io.wirestream.enrichment.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking within one article, from mentions as a statistical tagger would give them (no ids). */
class EntityLinkerTest {

    static final EntityLinker LINKER = new EntityLinker(KnowledgeBaseTest.KB, TransliteratorTest.TRANSLITERATOR);
    static final EntityLinker ROMANIZING =
            new EntityLinker(KnowledgeBaseTest.KB, TransliteratorTest.TRANSLITERATOR, RomanizerTest.ROMANIZER);

    /** Mentions of the given surfaces (type PERSON unless "TYPE:" prefixes them), in order of appearance in the text. */
    private static List<EntityMention> mentions(String text, String... surfaces) {
        List<EntityMention> out = new ArrayList<>();
        int from = 0;
        for (String s : surfaces) {
            EntityType type = EntityType.PERSON;
            String surface = s;
            if (s.contains(":")) {
                type = EntityType.valueOf(s.substring(0, s.indexOf(':')));
                surface = s.substring(s.indexOf(':') + 1);
            }
            int start = text.indexOf(surface, from);
            out.add(new EntityMention(type, surface, start, start + surface.length(), surface, null, null, 0.8));
            from = start + surface.length();
        }
        return out;
    }

    private static List<String> ids(List<EntityMention> linked) {
        return linked.stream().map(EntityMention::canonicalId).toList();
    }

    @Test
    void shouldShareFullNameIdWhenSurnameFollowsFullName() {
        String text = "Ilham Aliyev met the minister. Aliyev said later that...";

        List<EntityMention> linked = LINKER.link(text, "en", mentions(text, "Ilham Aliyev", "Aliyev"));

        assertThat(ids(linked)).containsExactly("per:ilham-aliyev", "per:ilham-aliyev");
        assertThat(linked).extracting(EntityMention::canonicalName).containsOnly("Ilham Aliyev");
    }

    @Test
    void shouldFollowArticleWhenSurnameBelongsToAnotherFullName() {
        String text = "Heydar Aliyev founded the party. Aliyev ruled until 2003.";

        assertThat(ids(LINKER.link(text, "en", mentions(text, "Heydar Aliyev", "Aliyev"))))
                .containsExactly("per:heydar-aliyev", "per:heydar-aliyev");
    }

    @Test
    void shouldRomanizeUnknownPersonWhenNoLatinMentionNamesThem() {
        String text = "وزير التنمية الرقمية رشاد نبييف ... وقال نبييف إن الهيئة الرقمية";

        List<EntityMention> linked =
                ROMANIZING.link(text, "ar", mentions(text, "رشاد نبييف", "نبييف", "ORGANIZATION:الهيئة الرقمية"));

        assertThat(linked.get(0).canonicalId())
                .startsWith("local:")
                .isEqualTo(linked.get(1).canonicalId());
        assertThat(linked.get(0).canonicalName()).isEqualTo("Rashad Nabiyev");
        assertThat(linked.get(1).canonicalName()).isEqualTo("Rashad Nabiyev");
        assertThat(linked.get(2).canonicalName())
                .as("only people are romanized")
                .isNull();
        assertThat(LINKER.link(text, "ar", mentions(text, "رشاد نبييف")).get(0).canonicalName())
                .as("a linker without a romanizer")
                .isNull();
    }

    @Test
    void shouldPreferLatinMentionWhenArticleNamesPersonInLatinToo() {
        String text = "العميد إيريز أسكال ... Erez Askal said";

        List<EntityMention> linked = ROMANIZING.link(text, "ar", mentions(text, "إيريز أسكال", "Erez Askal"));

        assertThat(linked).extracting(EntityMention::canonicalName).containsOnly("Erez Askal");
    }

    @Test
    void shouldShareOneLocalIdWhenUnknownPersonIsNamedInTwoScripts() {
        String text = "العميد إيريز أسكال ... وقال أسكال ... Erez Askal said";

        List<EntityMention> linked = LINKER.link(text, "ar", mentions(text, "إيريز أسكال", "أسكال", "Erez Askal"));

        assertThat(ids(linked))
                .hasSize(3)
                .doesNotContainNull()
                .containsOnly(linked.get(0).canonicalId());
        assertThat(linked.get(0).canonicalId()).matches("local:[0-9a-f]{12}");
        assertThat(linked.get(0).canonicalName()).isEqualTo("Erez Askal");
    }

    @Test
    void shouldKeepDifferentLocalIdsWhenUnknownPeopleDiffer() {
        String text = "Erez Askal met Rashid Nabiyev; Askal and Nabiyev agreed.";

        List<String> ids =
                ids(LINKER.link(text, "en", mentions(text, "Erez Askal", "Rashid Nabiyev", "Askal", "Nabiyev")));

        assertThat(ids.get(0)).isEqualTo(ids.get(2)).isNotEqualTo(ids.get(1));
        assertThat(ids.get(1)).isEqualTo(ids.get(3));
    }

    @Test
    void shouldLinkArabicSurnameToEnglishTweetWhenScriptsDiffer() {
        String text = "رئيس الوزراء نتنياهو ... Prime Minister Netanyahu";

        assertThat(ids(LINKER.link(text, "ar", mentions(text, "نتنياهو", "Netanyahu"))))
                .containsExactly("per:benjamin-netanyahu", "per:benjamin-netanyahu");
    }

    @Test
    void shouldLinkToCuratedPersonByTransliterationWhenSpellingIsNotListed() {
        String text = "الرئيس إلهام علیيف"; // a Persian yeh inside: not a listed spelling, MatchingKey unifies it
        String unlisted = "التقى فولوديمر زيلنسكي"; // neither spelling is in the list

        assertThat(ids(LINKER.link(text, "ar", mentions(text, "إلهام علیيف")))).containsExactly("per:ilham-aliyev");
        assertThat(ids(LINKER.link(unlisted, "ar", mentions(unlisted, "فولوديمر زيلنسكي"))))
                .containsExactly("per:volodymyr-zelensky");
    }

    @Test
    void shouldLinkPlacesAndOrganizationsWhenKnowledgeBaseKnowsThem() {
        String text = "إسرائيل و Израиль и России, הוועידה של NATO";

        List<EntityMention> linked = LINKER.link(
                text,
                "ru",
                mentions(text, "LOCATION:إسرائيل", "LOCATION:Израиль", "LOCATION:России", "ORGANIZATION:NATO"));

        assertThat(ids(linked)).containsExactly("country:IL", "country:IL", "country:RU", "org:nato");
        assertThat(linked.get(0).canonicalName()).isEqualTo("Israel");
    }

    @Test
    void shouldLinkOfficialStateNamesToTheirCountryWhenTaggedAsOrganizations() {
        String text = "the State of Israel and the Republic of Azerbaijan; دولة إسرائيل وجمهورية أذربيجان";

        List<EntityMention> linked = LINKER.link(
                text,
                "en",
                mentions(
                        text,
                        "ORGANIZATION:State of Israel",
                        "LOCATION:Republic of Azerbaijan",
                        "ORGANIZATION:دولة إسرائيل",
                        "ORGANIZATION:جمهورية أذربيجان"));

        assertThat(ids(linked)).containsExactly("country:IL", "country:AZ", "country:IL", "country:AZ");
        assertThat(linked).extracting(EntityMention::type).containsOnly(EntityType.LOCATION);
        assertThat(linked.get(0).canonicalName()).isEqualTo("Israel");
    }

    @Test
    void shouldNotTreatOtherOfPhrasesOrPeopleAsStateNames() {
        String text = "the Bank of Israel, the Ministry of Defense, Secretary of State Rubio, Kingdom of Atlantis";

        List<EntityMention> linked = LINKER.link(
                text,
                "en",
                mentions(
                        text,
                        "ORGANIZATION:Bank of Israel",
                        "ORGANIZATION:Ministry of Defense",
                        "PERSON:Secretary of State Rubio",
                        "LOCATION:Kingdom of Atlantis"));

        assertThat(ids(linked)).allSatisfy(id -> assertThat(id).startsWith("local:"));
        assertThat(linked)
                .extracting(EntityMention::type)
                .containsExactly(
                        EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.LOCATION);
    }

    @Test
    void shouldUseWikidataPeopleOnlyWhenFullNameIsGiven() {
        String text = "George Washington crossed; Washington then...";

        List<EntityMention> linked = LINKER.link(text, "en", mentions(text, "George Washington", "Washington"));

        assertThat(ids(linked)).containsExactly("per:george-washington", "per:george-washington");
        String alone = "Washington said";
        assertThat(ids(LINKER.link(alone, "en", mentions(alone, "Washington"))))
                .singleElement()
                .asString()
                .startsWith("local:");
    }

    @Test
    void shouldShareLocalIdWhenUnknownPlaceIsRepeated() {
        String text = "Khankendi is calm. In Khankendi, and in Shusha.";

        List<String> ids = ids(
                LINKER.link(text, "en", mentions(text, "LOCATION:Khankendi", "LOCATION:Khankendi", "LOCATION:Shusha")));

        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2)).startsWith("local:");
        assertThat(ids.get(0)).isEqualTo(EntityLinker.localId("khankendi"));
    }

    @Test
    void shouldKeepSpansAndOrderWhenLinking() {
        String text = "Ilham Aliyev and Aliyev";
        List<EntityMention> input = new ArrayList<>(mentions(text, "Ilham Aliyev", "Aliyev"));
        java.util.Collections.reverse(input);

        List<EntityMention> linked = LINKER.link(text, "en", input);

        assertThat(linked)
                .extracting(EntityMention::start)
                .containsExactlyElementsOf(
                        input.stream().map(EntityMention::start).toList());
        assertThat(linked)
                .extracting(EntityMention::baseForm)
                .containsExactlyElementsOf(
                        input.stream().map(EntityMention::baseForm).toList());
    }
}
