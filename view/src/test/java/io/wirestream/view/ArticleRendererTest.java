package io.wirestream.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.Embed;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.LanguageSegment;
import io.wirestream.avro.Provenance;
import io.wirestream.schemas.GeneratedClasses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleRendererTest {

    static {
        GeneratedClasses.trust();
    }

    private static final Pattern ANCHOR = Pattern.compile(
            "<a class=\"ent ent-(\\w+)\"(?: id=\"m-(\\d+)\")? href=\"([^\"]*)\" data-canonical-id=\"([^\"]*)\" title=\"[^\"]*\">(.*?)</a>");
    private static final Pattern PARAGRAPH = Pattern.compile("<p dir=\"(\\w+)\" lang=\"([\\w-]+)\"[^>]*>");

    @Test
    void shouldHighlightEveryEntityAtItsOffsetsWhenRenderingTheArabicSample() {
        EnrichedArticle arabic = SampleArticles.get(SampleArticles.ARABIC);

        String html = ArticleRenderer.body(arabic);

        List<String> highlighted = new ArrayList<>();
        Matcher anchors = ANCHOR.matcher(html);
        while (anchors.find()) {
            highlighted.add(anchors.group(2) + "|" + anchors.group(4) + "|" + anchors.group(5));
            assertThat(anchors.group(3)).isEqualTo("/entity/" + anchors.group(4));
        }
        List<String> expected = arabic.getEntities().stream()
                .filter(e -> e.getCanonicalId() != null)
                .map(e -> e.getStart() + "|" + e.getCanonicalId() + "|"
                        + arabic.getText().substring(e.getStart(), e.getEnd()))
                .toList();
        assertThat(highlighted).isEqualTo(expected);
        assertThat(highlighted)
                .anyMatch(h -> h.endsWith("|per:benjamin-netanyahu|نتنياهو"))
                .anyMatch(h -> h.endsWith("|per:benjamin-netanyahu|Netanyahu"))
                .anyMatch(h -> h.endsWith("|loc:baku|باكو"));
    }

    @Test
    void shouldLayOutArabicParagraphsRightToLeftAndTheEnglishEmbedLeftToRightWhenRenderingTheArabicSample() {
        EnrichedArticle arabic = SampleArticles.get(SampleArticles.ARABIC);

        String html = ArticleRenderer.body(arabic);

        List<String> paragraphs = new ArrayList<>();
        Matcher matcher = PARAGRAPH.matcher(html);
        while (matcher.find()) {
            paragraphs.add(matcher.group(1) + ":" + matcher.group(2));
        }
        assertThat(paragraphs).hasSizeGreaterThan(3).contains("ltr:en");
        assertThat(paragraphs).filteredOn(p -> p.endsWith(":ar")).isNotEmpty().allMatch(p -> p.equals("rtl:ar"));
        assertThat(paragraphs.get(0)).isEqualTo("rtl:ar");
        assertThat(html)
                .contains("<blockquote class=\"embed embed-tweet\"><p dir=\"ltr\" lang=\"en\" class=\"seg-foreign\">"
                        + "<span class=\"lang-badge\" dir=\"ltr\" title=\"English\">en</span> ");
        assertThat(html).contains("Prime Minister of Israel (@IsraeliPM)");
    }

    @Test
    void shouldEscapeMarkupWhenTextTitleAndEntitiesAreHostile() {
        String text = "<script>alert(1)</script> & \"Tom\" <b>'x'</b>";
        EnrichedArticle article = article(
                "<img src=x onerror=alert(1)>",
                text,
                "en",
                List.of(entity(text, "\"Tom\"", EntityType.PERSON, "per:<tom>\"")),
                List.of(segment("en", 0, text.length())));
        article.setUrl("javascript:alert(1)");
        article.setSource("<i>evil</i>");
        article.setCredits(List.of("<script>x</script>"));
        article.setCleaningReport(Map.of("<k>", 1));
        article.setMetadata(Map.of("a\"b", "<svg onload=alert(1)>"));

        String body = ArticleRenderer.body(article);
        String page = Pages.article(article, 0);

        assertThat(body)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ")
                .contains("data-canonical-id=\"per:&lt;tom&gt;&quot;\"")
                .contains(">&quot;Tom&quot;</a>")
                .contains("&lt;b&gt;&#39;x&#39;&lt;/b&gt;");
        assertThat(page)
                .doesNotContain(
                        "<script>alert",
                        "<script>x",
                        "<img",
                        "<i>evil",
                        "<svg onload",
                        "<k>",
                        "href=\"javascript:",
                        "original</a>");
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;");
        // the only script element is the view's own
        assertThat(page.split("<script", -1)).hasSize(2);
        assertThat(page).contains("<script src=\"/static/view.js\" defer></script>");
    }

    @Test
    void shouldHighlightTheExactSpanWhenSurrogatePairsComeBeforeTheEntity() {
        String text = "😀😀 Netanyahu met 𝒜𝒷 in Baku 🇦🇿.";
        EnrichedArticle article = article(
                "t",
                text,
                "en",
                List.of(
                        entity(text, "Netanyahu", EntityType.PERSON, "per:benjamin-netanyahu"),
                        entity(text, "𝒜𝒷", EntityType.MISC, "misc:ab"),
                        entity(text, "Baku", EntityType.LOCATION, "loc:baku")),
                List.of(segment("en", 0, text.length())));

        String html = ArticleRenderer.body(article);

        assertThat(text.indexOf("Netanyahu")).isEqualTo(5);
        assertThat(html)
                .contains("id=\"m-5\" href=\"/entity/per:benjamin-netanyahu\"")
                .contains(">Netanyahu</a>")
                .contains(">𝒜𝒷</a>")
                .contains(">Baku</a> 🇦🇿.")
                .startsWith("<p dir=\"ltr\" lang=\"en\">😀😀 <a ");
        assertThat(html.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count())
                .as("lone surrogates")
                .isZero();
    }

    @Test
    void shouldNeverSplitASurrogatePairWhenOffsetsFallInsideOne() {
        String text = "ab😀cd 𝒜 end";
        Entity inside = Entity.newBuilder()
                .setType(EntityType.MISC)
                .setText("😀c")
                .setStart(3)
                .setEnd(5)
                .setBaseForm("x")
                .setCanonicalId("misc:x")
                .setCanonicalName(null)
                .build();
        Entity endInside = Entity.newBuilder()
                .setType(EntityType.MISC)
                .setText("𝒜")
                .setStart(7)
                .setEnd(8)
                .setBaseForm("y")
                .setCanonicalId("misc:y")
                .setCanonicalName(null)
                .build();
        EnrichedArticle article =
                article("t", text, "en", List.of(inside, endInside), List.of(segment("en", 0, text.length())));

        String html = ArticleRenderer.body(article);

        assertThat(html).contains(">😀c</a>").contains(">𝒜</a>");
        assertThat(html.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count())
                .as("lone surrogates")
                .isZero();
    }

    @Test
    void shouldSkipOverlappingAndClipOutOfRangeEntitiesWhenOffsetsAreBad() {
        String text = "Baku and Moscow";
        Entity baku = entity(text, "Baku", EntityType.LOCATION, "loc:baku");
        Entity overlap = Entity.newBuilder(baku)
                .setStart(2)
                .setEnd(8)
                .setCanonicalId("loc:overlap")
                .build();
        Entity outOfRange = Entity.newBuilder(baku)
                .setStart(9)
                .setEnd(400)
                .setCanonicalId("loc:moscow")
                .build();
        Entity negative = Entity.newBuilder(baku)
                .setStart(-5)
                .setEnd(-1)
                .setCanonicalId("loc:none")
                .build();
        EnrichedArticle article =
                article("t", text, "en", List.of(negative, baku, overlap, outOfRange), List.of(segment("en", 0, 999)));

        String html = ArticleRenderer.body(article);

        assertThat(html)
                .contains(">Baku</a> and <a ")
                .contains(">Moscow</a></p>")
                .doesNotContain("loc:overlap", "loc:none");
    }

    @Test
    void shouldMarkAForeignSegmentInsideAParagraphWhenLanguagesChangeMidParagraph() {
        String text = "Le ministre a dit « thank you very much » à Paris.\n\nSecond paragraphe.";
        int start = text.indexOf("thank");
        int end = text.indexOf(" »");
        EnrichedArticle article = article(
                "t",
                text,
                "fr",
                List.of(entity(text, "Paris", EntityType.LOCATION, "loc:paris")),
                List.of(segment("fr", 0, start), segment("en", start, end), segment("fr", end, text.length())));

        String html = ArticleRenderer.body(article);

        assertThat(html)
                .contains(
                        "« <span class=\"seg\" lang=\"en\" dir=\"ltr\" title=\"English\">thank you very much</span> »")
                .contains("<p dir=\"ltr\" lang=\"fr\">Second paragraphe.</p>");
    }

    @Test
    void shouldMarkHebrewRightToLeftAndLeaveTextWithoutLettersAutoWhenRenderingParagraphs() {
        assertThat(ArticleRenderer.direction("שלום עולם", 0, 9, "he")).isEqualTo("rtl");
        assertThat(ArticleRenderer.direction("12 345", 0, 6, "und")).isEqualTo("auto");
        assertThat(ArticleRenderer.direction("12 345", 0, 6, "ar")).isEqualTo("rtl");
        assertThat(ArticleRenderer.direction("Netanyahu said نتنياهو", 0, 22, "en"))
                .isEqualTo("ltr");
        assertThat(ArticleRenderer.direction("نتنياهو said", 0, 12, "en")).isEqualTo("rtl");
    }

    static EnrichedArticle article(
            String title, String text, String language, List<Entity> entities, List<LanguageSegment> segments) {
        return EnrichedArticle.newBuilder()
                .setId("test-1")
                .setUrl(null)
                .setSource("test")
                .setTitle(title)
                .setText(text)
                .setLanguage(language)
                .setLanguageConfidence(0.9)
                .setSegments(segments)
                .setEntities(entities)
                .setPublishedAt(Instant.parse("2026-02-03T10:00:00Z"))
                .setPublishedAtSource("input")
                .setFetchedAt(null)
                .setContentHash("0".repeat(64))
                .setProvenance(Provenance.newBuilder()
                        .setPipelineVersion("test")
                        .setProcessedAt(Instant.parse("2026-02-03T10:00:01Z"))
                        .setSourceTopic(null)
                        .build())
                .setEmbeds(List.<Embed>of())
                .build();
    }

    static Entity entity(String text, String surface, EntityType type, String canonicalId) {
        int start = text.indexOf(surface);
        return Entity.newBuilder()
                .setType(type)
                .setText(surface)
                .setStart(start)
                .setEnd(start + surface.length())
                .setBaseForm(surface)
                .setCanonicalId(canonicalId)
                .setCanonicalName(null)
                .setConfidence(0.9)
                .build();
    }

    static LanguageSegment segment(String language, int start, int end) {
        return LanguageSegment.newBuilder()
                .setLanguage(language)
                .setStart(start)
                .setEnd(end)
                .setConfidence(0.9)
                .build();
    }
}
