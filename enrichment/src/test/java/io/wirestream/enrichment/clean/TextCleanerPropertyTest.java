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
            "إسرائيل", "بالقدس", "كتاب", "ها", "می", "Israel", "Москва", "北京", "über", "e", "\u0301", "\u064E",
            " ", "  ", "\t", "\u00A0", "\u202F", "\u3000", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085",
            "\u0000", "\u0007", "\u009F", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066",
            "\u2069", "\uFEFF", "\u00AD", "\u0640", "\u061C", "\uD800", "\uDC00", "😀", "👨", "\uFE0F",
            "date 2026-02-03 ", "2026-02-03", "Published: February 3, 2026 ", "Publié le 3 février 2026 ",
            "(Reuters)", "(AFP, AP)", "(الأناضول، العربي الجديد)", "（新华社）", "(",
            " pic.twitter.com/bmGKNz17J7", " — Prime Minister (@IsraeliPM) February 3, 2026", "(@x)", "—",
            ".", ",", "،", "1", "٣");

    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(60);
        return Arbitraries.oneOf(fragments, fragments, anyChars);
    }

    @Property(tries = 2000)
    void shouldChangeNothingWhenCleaningItsOwnOutput(@ForAll("messyText") String input) {
        String once = CLEANER.clean(ArticleInput.ofText("id", null, input)).text();

        assertThat(CLEANER.cleanText(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void shouldEmitNfcWithoutControlOrBidiCharsWhenGivenAnyText(@ForAll("messyText") String input) {
        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", input, input));

        for (String text : List.of(cleaned.text(), cleaned.title())) {
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            text.chars().forEach(c -> {
                assertThat(c == '\n' || Character.getType(c) != Character.CONTROL).as("control U+%04X", c).isTrue();
                assertThat(isBidiOrZeroWidth(c)).as("invisible U+%04X", c).isFalse();
            });
            assertThat(text.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("lone surrogate").isTrue();
            assertThat(text).doesNotContain("\n\n\n").doesNotContain("  ").isEqualTo(text.strip());
        }
        assertThat(cleaned.title()).doesNotContain("\n");
        for (String paragraph : cleaned.paragraphs()) {
            assertThat(paragraph).isNotBlank().isEqualTo(paragraph.strip()).doesNotContain("\n");
        }
        for (Embed embed : cleaned.embeds()) {
            assertThat(embed.end()).isLessThanOrEqualTo(cleaned.text().length());
        }
    }

    @Provide
    Arbitrary<List<String>> plainParagraphs() {
        Arbitrary<String> word = Arbitraries.of("news", "Israel", "القدس", "کتاب\u200Cها", "Москва", "北京", "über", "3", "said.");
        Arbitrary<String> paragraph = word.list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w));
        return paragraph.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 500)
    void shouldKeepEveryParagraphWhenSeparatorsVary(@ForAll("plainParagraphs") List<String> paragraphs,
            @ForAll("separator") String separator) {
        String input = String.join(separator, paragraphs);

        CleanedArticle cleaned = CLEANER.clean(ArticleInput.ofText("id", null, input));

        assertThat(cleaned.paragraphs()).isEqualTo(paragraphs);
    }

    @Provide
    Arbitrary<String> separator() {
        return Arbitraries.of("\n", "\n\n", "\r\n", "\r\n\r\n \r\n", "\u2029", " \n\t\n ");
    }

    private static boolean isBidiOrZeroWidth(int c) {
        return c == 0x200B || c == 0x200E || c == 0x200F || c == 0x061C || c == 0xFEFF || c == 0x2060 || c == 0x00AD
                || c == 0x0640 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
