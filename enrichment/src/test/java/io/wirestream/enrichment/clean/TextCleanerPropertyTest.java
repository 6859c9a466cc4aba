package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.ArticleInput;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextCleanerPropertyTest {

    private static final TextCleaner CLEANER = new TextCleaner();

    /** Pieces chosen to hit every stage, including their interactions. */
    private static final List<String> FRAGMENTS = List.of(
            "إسرائيل",
            "بالقدس",
            "كتاب",
            "ها",
            "می",
            "Israel",
            "Москва",
            "北京",
            "über",
            "e",
            "\u0301",
            "\u064E",
            " ",
            "  ",
            "\t",
            "\u00A0",
            "\u202F",
            "\u3000",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "\u2028",
            "\u2029",
            "\u0085",
            "\u0000",
            "\u0007",
            "\u009F",
            "\u200B",
            "\u200C",
            "\u200D",
            "\u200E",
            "\u200F",
            "\u202A",
            "\u202E",
            "\u2066",
            "\u2069",
            "\uFEFF",
            "\u00AD",
            "\u0640",
            "\u061C",
            "\uD800",
            "\uDC00",
            "😀",
            "👨",
            "\uFE0F",
            "date 2026-02-03 ",
            "2026-02-03",
            "Published: February 3, 2026 ",
            "Publié le 3 février 2026 ",
            "(Reuters)",
            "(AFP, AP)",
            "(الأناضول، العربي الجديد)",
            "（新华社）",
            "(",
            " pic.twitter.com/bmGKNz17J7",
            " — Prime Minister (@IsraeliPM) February 3, 2026",
            "(@x)",
            "—",
            ".",
            ",",
            "،",
            "1",
            "٣",
            // furniture, metadata and embed stages
            "Read also: ",
            "Related",
            "اقرأ أيضاً: ",
            "Читайте также",
            "相关阅读：",
            "Share on Facebook",
            "Advertisement",
            "© 2026 News",
            "Photo: AFP",
            "Sign up for our newsletter",
            "We use cookies",
            "12 Comments",
            "By Jane Doe | ",
            "March 4, 2026",
            "Stand: 03.02.2026 14:15 Uhr",
            "Опубликовано 3 февраля 2026",
            "3 شباط/فبراير 2026",
            "۱۴ بهمن ۱۴۰۴",
            "15 شعبان 1447 هـ",
            "2026年2月3日",
            "2026-02-03T10:15:00Z ",
            "View this post on Instagram",
            "A post shared by Jane (@jane) on Feb 3, 2026",
            " https://youtu.be/abc",
            "Watch on YouTube",
            "２０２６",
            "\u0301\u0316\u0301\u0316\u0301\u0316\u0301\u0316");

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> fragments =
                Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(60);
        return Arbitraries.oneOf(fragments, fragments, anyChars);
    }

    @Property(tries = 2000)
    void shouldChangeNothingWhenCleaningItsOwnOutput(@ForAll("messyText") String input) {
        CleanedArticle once = CLEANER.clean(ArticleInput.ofText("id", null, input));

        CleanedArticle twice = CLEANER.cleanAgain(once);

        assertThat(twice.text()).isEqualTo(once.text());
        assertThat(twice.embeds()).isEqualTo(once.embeds());
        assertThat(twice.credits()).isEqualTo(once.credits());
        if (once.embeds().isEmpty()) {
            assertThat(CLEANER.cleanText(once.text())).isEqualTo(once.text());
        }
    }

    @Property(tries = 2000)
    void shouldEmitNfcWithoutControlOrBidiCharsWhenGivenAnyText(@ForAll("messyText") String input) {
        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", input, input));

        assertWellFormed(cleaned);
    }

    private static void assertWellFormed(CleanedArticle cleaned) {
        for (String text : List.of(cleaned.text(), cleaned.title())) {
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            text.chars().forEach(c -> {
                assertThat(c == '\n' || Character.getType(c) != Character.CONTROL)
                        .as("control U+%04X", c)
                        .isTrue();
                assertThat(isBidiOrZeroWidth(c)).as("invisible U+%04X", c).isFalse();
            });
            assertThat(text.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF))
                    .as("lone surrogate")
                    .isTrue();
            assertThat(text).doesNotContain("\n\n\n").doesNotContain("  ").isEqualTo(text.strip());
        }
        assertThat(cleaned.title()).doesNotContain("\n");
        for (String paragraph : cleaned.paragraphs()) {
            assertThat(paragraph).isNotBlank().isEqualTo(paragraph.strip()).doesNotContain("\n");
        }
        for (Embed embed : cleaned.embeds()) {
            assertThat(embed.end()).isLessThanOrEqualTo(cleaned.text().length());
        }
        assertThat(cleaned.embeds()).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    @Provide
    Arbitrary<String> messyHtml() {
        Arbitrary<String> text = messyText().map(t -> t.replace("<", "&lt;"));
        Arbitrary<String> element = Arbitraries.oneOf(
                text.map(t -> "<p>" + t + "</p>"),
                text.map(t -> "<div class='share'>" + t + "</div>"),
                text.map(t -> "<blockquote class='twitter-tweet'><p>" + t + "</p></blockquote>"),
                text.map(t -> "<figure><img src='x.jpg'><figcaption>" + t + "</figcaption></figure>"),
                Arbitraries.of(
                        "<script>var x = 1;</script>",
                        "<nav><a href='/'>Home</a></nav>",
                        "<br>",
                        "&amp;amp;",
                        "<p>",
                        "</div>",
                        "<h2>Read also</h2><ul><li><a href='/a'>Other story</a></li></ul>"));
        return element.list()
                .ofMaxSize(12)
                .map(parts -> "<html><body><article>" + String.join("", parts) + "</article></body></html>");
    }

    @Property(tries = 300)
    void shouldChangeNothingWhenCleaningOutputOfHtml(@ForAll("messyHtml") String html) {
        CleanedArticle cleaned =
                CLEANER.clean(new ArticleInput("id", "https://example.com/a", null, null, null, html, null, null));

        assertThat(CLEANER.cleanAgain(cleaned).text()).isEqualTo(cleaned.text());
        assertWellFormed(cleaned);
    }

    @Provide
    Arbitrary<List<String>> plainParagraphs() {
        Arbitrary<String> word =
                Arbitraries.of("news", "Israel", "القدس", "کتاب\u200Cها", "Москва", "北京", "über", "3", "said.");
        Arbitrary<String> paragraph = word.list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w));
        return paragraph.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 500)
    void shouldKeepEveryParagraphWhenSeparatorsVary(
            @ForAll("plainParagraphs") List<String> paragraphs, @ForAll("separator") String separator) {
        String input = String.join(separator, paragraphs);

        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, input));

        assertThat(cleaned.paragraphs()).isEqualTo(paragraphs);
    }

    @Provide
    Arbitrary<String> separator() {
        return Arbitraries.of("\n", "\n\n", "\r\n", "\r\n\r\n \r\n", "\u2029", " \n\t\n ");
    }

    private static boolean isBidiOrZeroWidth(int c) {
        return c == 0x200B
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C
                || c == 0xFEFF
                || c == 0x2060
                || c == 0x00AD
                || c == 0x0640
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
