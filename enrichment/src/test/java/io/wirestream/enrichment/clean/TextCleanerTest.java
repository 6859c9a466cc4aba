package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.ArticleInput;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> bodies() {
        return Stream.of(
                // Arabic
                Arguments.of("ar dateline", " date 2026-02-03 وقّعت إسرائيل وأذربيجان", "وقّعت إسرائيل وأذربيجان"),
                Arguments.of("ar tatweel", "جـــميل جداً", "جميل جداً"),
                Arguments.of("ar harakat kept", "مُحَمَّد", "مُحَمَّد"),
                Arguments.of("ar bidi embedding", "\u202Bمرحبا\u202C بكم\u200F", "مرحبا بكم"),
                Arguments.of("ar arabic letter mark", "\u061Cالقدس", "القدس"),
                Arguments.of("ar credit line", "نص الخبر.\n\n(الأناضول، العربي الجديد)", "نص الخبر."),
                Arguments.of("ar credit with wa", "نص الخبر.\n\n(الأناضول ورويترز)", "نص الخبر."),
                // English
                Arguments.of(
                        "en whitespace and crlf",
                        "Hello\u00A0 world \r\n\r\n\r\n  Second\tline ",
                        "Hello world\n\nSecond line"),
                Arguments.of("en single newline is a paragraph", "One\nTwo", "One\n\nTwo"),
                Arguments.of(
                        "en published prefix", "Published: February 3, 2026 The minister said", "The minister said"),
                Arguments.of(
                        "en published own line",
                        "Published: 3 Feb 2026, 10:15 GMT\nThe minister said",
                        "The minister said"),
                Arguments.of("en iso prefix", "2026-02-03 The minister said", "The minister said"),
                Arguments.of(
                        "en impossible date stays", "2026-02-30 The minister said", "2026-02-30 The minister said"),
                Arguments.of("en credit", "The minister said.\n\n(Reuters)", "The minister said."),
                Arguments.of(
                        "en editorial note stays",
                        "Text.\n\n(This story has been corrected to fix the date.)",
                        "Text.\n\n(This story has been corrected to fix the date.)"),
                Arguments.of("en lone paragraph credit stays", "(Reuters)", "(Reuters)"),
                Arguments.of("en controls", "a\u0000b\u0007c\u009Fd", "abcd"),
                Arguments.of("en lone surrogate", "a\uD800b", "a\uFFFDb"),
                Arguments.of("en line separator", "a\u2028b\u2029c", "a\n\nb\n\nc"),
                Arguments.of("en zero width", "Isr\u200Bael\uFEFF", "Israel"),
                // French
                Arguments.of(
                        "fr publie le",
                        "Publié le 3 février 2026 à 14h05\nLe président a parlé.",
                        "Le président a parlé."),
                Arguments.of(
                        "fr publie le slash",
                        "Publié le 03/02/2026 à 14:05 Le président a parlé.",
                        "Le président a parlé."),
                Arguments.of("fr narrow nbsp", "Quoi\u202F?", "Quoi ?"),
                Arguments.of("fr credit et", "Texte.\n\n(AFP et Reuters)", "Texte."),
                // German
                Arguments.of("de soft hyphen", "Straßen\u00ADbahn", "Straßenbahn"),
                Arguments.of("de nfc", "U\u0308ber", "Über"),
                // Persian
                Arguments.of("fa zwnj kept", "کتاب\u200Cها", "کتاب\u200Cها"),
                Arguments.of("fa zwnj at word start removed", "\u200Cسلام", "سلام"),
                Arguments.of("fa zwnj in latin removed", "book\u200Cs", "books"),
                Arguments.of("fa tatweel next to zwnj", "می\u0640\u200Cخواهم", "می\u200Cخواهم"),
                // Russian
                Arguments.of("ru zero width", "Москва\u200B — столица", "Москва — столица"),
                Arguments.of("ru credit", "Текст.\n\n(ТАСС)", "Текст."),
                // Chinese
                Arguments.of("zh ideographic space", "北京\u3000欢迎你", "北京 欢迎你"),
                Arguments.of("zh fullwidth credit", "正文。\n\n（新华社）", "正文。"),
                Arguments.of("zh fullwidth digits kept", "２０２６年２月", "２０２６年２月"),
                Arguments.of("ar indic digits kept", "٣ فبراير ٢٠٢٦ قال", "٣ فبراير ٢٠٢٦ قال"),
                Arguments.of("fa persian digits kept", "سال ۱۴۰۴", "سال ۱۴۰۴"),
                Arguments.of("zalgo marks capped", "a" + "\u0301".repeat(40), "\u00E1" + "\u0301".repeat(29)),
                // Emoji ZWJ sequence stays intact
                Arguments.of("emoji zwj kept", "family 👨\u200D👩\u200D👧", "family 👨\u200D👩\u200D👧"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void shouldCleanBodyWhenGivenTableInput(String name, String input, String expected) {
        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id-1", null, input));

        assertThat(cleaned.text()).isEqualTo(expected);
        assertThat(cleaner.cleanText(cleaned.text())).as("idempotent").isEqualTo(expected);
    }

    @Test
    void shouldTakePublishedAtFromDatelineWhenInputHasNone() {
        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", null, "date 2026-02-03 نص"));

        assertThat(cleaned.publishedAt()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
        assertThat(cleaned.publishedAtSource()).isEqualTo("text");
        assertThat(cleaned.report()).containsEntry("dateline", 1);
    }

    @Test
    void shouldKeepInputPublishedAtWhenDatelineAlsoPresent() {
        Instant given = Instant.parse("2026-02-03T08:30:00Z");
        ArticleInput input =
                new ArticleInput("id", null, null, null, "Published: February 1, 2026 Text", null, given, null);

        CleanedArticle cleaned = cleaner.clean(input);

        assertThat(cleaned.text()).isEqualTo("Text");
        assertThat(cleaned.publishedAt()).isEqualTo(given);
        assertThat(cleaned.publishedAtSource()).isEqualTo("input");
    }

    @Test
    void shouldLeavePublishedAtNullWhenNothingFound() {
        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", null, "Text"));

        assertThat(cleaned.publishedAt()).isNull();
        assertThat(cleaned.publishedAtSource()).isNull();
    }

    @Test
    void shouldSplitCreditsWhenCreditLineNamesSeveralAgencies() {
        assertThat(cleaner.clean(ArticleInput.ofText("id", null, "نص.\n\n(الأناضول، العربي الجديد)"))
                        .credits())
                .containsExactly("الأناضول", "العربي الجديد");
        assertThat(cleaner.clean(ArticleInput.ofText("id", null, "Text.\n\n(AFP, AP)"))
                        .credits())
                .containsExactly("AFP", "AP");
        assertThat(cleaner.clean(ArticleInput.ofText("id", null, "Text.\n\n(Reuters and AP / dpa)"))
                        .credits())
                .containsExactly("Reuters", "AP", "dpa");
        assertThat(cleaner.clean(ArticleInput.ofText("id", null, "نص.\n\n(الأناضول والعربي الجديد)"))
                        .credits())
                .containsExactly("الأناضول", "العربي الجديد");
    }

    @Test
    void shouldMoveTweetSignatureToEmbedWhenParagraphEndsWithPicLink() {
        String body =
                "Intro.\n\nWe signed the MOU today. pic.twitter.com/bmGKNz17J7 — Prime Minister of Israel (@IsraeliPM) February 3, 2026\n\nOutro.";

        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", null, body));

        assertThat(cleaned.text()).isEqualTo("Intro.\n\nWe signed the MOU today.\n\nOutro.");
        assertThat(cleaned.embeds()).singleElement().satisfies(e -> {
            assertThat(cleaned.text().substring(e.start(), e.end())).isEqualTo("We signed the MOU today.");
            assertThat(e)
                    .extracting(Embed::kind, Embed::author, Embed::handle, Embed::date, Embed::url)
                    .containsExactly(
                            "tweet",
                            "Prime Minister of Israel",
                            "IsraeliPM",
                            "February 3, 2026",
                            "pic.twitter.com/bmGKNz17J7");
        });
        assertThat(cleaned.report()).containsEntry("embed-signature", 1);
    }

    @Test
    void shouldTakeStatusUrlWhenSignatureLinksTheTweet() {
        String body = "Text of the tweet — NATO (@NATO) March 1, 2026 https://twitter.com/NATO/status/1234567890";

        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", null, body));

        assertThat(cleaned.text()).isEqualTo("Text of the tweet");
        assertThat(cleaned.embeds())
                .singleElement()
                .extracting(Embed::handle, Embed::url)
                .containsExactly("NATO", "https://twitter.com/NATO/status/1234567890");
    }

    @Test
    void shouldAttachSignatureToPreviousParagraphWhenItStandsAlone() {
        String body = "First.\n\nThe tweet text.\n\n— Someone (@someone) 3 February 2026\n\nLast.";

        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", null, body));

        assertThat(cleaned.text()).isEqualTo("First.\n\nThe tweet text.\n\nLast.");
        Embed embed = cleaned.embeds().get(0);
        assertThat(cleaned.text().substring(embed.start(), embed.end())).isEqualTo("The tweet text.");
    }

    @Test
    void shouldShiftEmbedWhenDatelineIsRemovedLater() {
        String body = "Published: 2026-02-03 Intro.\n\nTweet — A (@a) February 3, 2026";

        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", null, body));

        Embed embed = cleaned.embeds().get(0);
        assertThat(cleaned.text().substring(embed.start(), embed.end())).isEqualTo("Tweet");
    }

    @Test
    void shouldCleanTitleToOneLineWhenTitleHasBreaks() {
        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", " Big\r\nnews\u200F ", "Body"));

        assertThat(cleaned.title()).isEqualTo("Big news");
    }

    @Test
    void shouldUseHtmlWhenBodyIsMissing() {
        // Extraction heuristics belong to ArticleExtractor; this only checks the hand-over, with a page any extractor
        // keeps.
        String first = "The foreign ministers of both countries met in the capital on Tuesday to sign the agreement.";
        String second =
                "Officials said the memorandum covers research, computing infrastructure and training programmes.";
        String html = "<html><head><title>Ministers sign accord</title><script>x()</script></head><body><article>"
                + "<h1>Ministers sign accord</h1><p>" + first + "</p><p>" + second + "</p></article></body></html>";
        ArticleInput input = new ArticleInput("id", "https://example.com/a", null, null, null, html, null, null);

        CleanedArticle cleaned = cleaner.clean(input);

        assertThat(cleaned.title()).isEqualTo("Ministers sign accord");
        assertThat(cleaned.paragraphs()).contains(first, second);
        assertThat(cleaned.text()).doesNotContain("x()");
    }

    @Test
    void shouldPreferBodyWhenBothBodyAndHtmlGiven() {
        ArticleInput input = new ArticleInput("id", null, null, "T", "Plain", "<p>Html</p>", null, null);

        assertThat(cleaner.clean(input).text()).isEqualTo("Plain");
    }

    @Test
    void shouldCountRemovalsWhenCharactersAreDropped() {
        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", null, "a\u0000\u0001b\u200Fc\u0640d"));

        assertThat(cleaned.report())
                .containsEntry("control-char", 2)
                .containsEntry("bidi-control", 1)
                .containsEntry("tatweel", 1);
    }

    @Test
    void shouldReturnEmptyTextWhenOnlyInvisibleCharacters() {
        CleanedArticle cleaned = cleaner.clean(ArticleInput.ofText("id", null, "\u200B\u202A \u0000\n\n"));

        assertThat(cleaned.text()).isEmpty();
        assertThat(cleaned.paragraphs()).isEqualTo(List.of());
    }
}
