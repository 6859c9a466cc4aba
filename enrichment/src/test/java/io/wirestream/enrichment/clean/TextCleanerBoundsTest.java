package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.text.Normalizer;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link WorstCaseInputs} case goes through the whole {@link TextCleaner#clean} path in bounded
 * time, and comes out right. The bound is generous (a loaded two-core CI machine passes easily): what it
 * catches is quadratic or exponential behaviour, which on these sizes takes minutes, not seconds.
 */
class TextCleanerBoundsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final TextCleaner CLEANER = new TextCleaner();

    private static CleanedArticle clean(String name) {
        WorstCaseInputs.Case c = WorstCaseInputs.named(name);
        return assertTimeoutPreemptively(BOUND, () -> CLEANER.clean(c.input().get()), name);
    }

    static Stream<String> names() {
        return WorstCaseInputs.all().stream().map(WorstCaseInputs.Case::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void shouldProduceWellFormedTextWhenInputIsHostile(String name) {
        CleanedArticle cleaned = clean(name);

        assertThat(Normalizer.isNormalized(cleaned.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(cleaned.text())
                .doesNotContain("\n\n\n")
                .isEqualTo(cleaned.text().strip());
        for (Embed e : cleaned.embeds()) {
            assertThat(e.end()).isLessThanOrEqualTo(cleaned.text().length());
        }
    }

    @Test
    void shouldKeepEveryLineWhenOneStoryLineRepeatsForAMegabyte() {
        CleanedArticle cleaned = clean("text-repeated-line-1mb");

        assertThat(cleaned.paragraphs()).hasSizeGreaterThan(10_000).allMatch(p -> p.startsWith("The council approved"));
    }

    @Test
    void shouldRemoveEveryLineWhenFurnitureRepeatsForAMegabyte() {
        CleanedArticle cleaned = clean("text-repeated-furniture-1mb");

        assertThat(cleaned.text()).isEmpty();
        assertThat(cleaned.report().get("furniture-related")).isGreaterThan(30_000);
    }

    @Test
    void shouldExtractEveryEmbedWhenTweetSignaturesRepeatForAMegabyte() {
        CleanedArticle cleaned = clean("text-repeated-tweet-signature-1mb");

        assertThat(cleaned.embeds())
                .hasSizeGreaterThan(10_000)
                .allMatch(e -> e.handle().equals("IsraeliPM"));
        assertThat(cleaned.paragraphs()).allMatch(p -> p.equals("We signed."));
    }

    @Test
    void shouldRemoveOnlyABoundedNumberOfDatelinesWhenTheyRepeat() {
        CleanedArticle cleaned = clean("text-repeated-dateline-1mb");

        assertThat(cleaned.publishedAt()).hasToString("2026-02-03T00:00:00Z");
        assertThat(cleaned.paragraphs()).hasSizeGreaterThan(40_000);
    }

    @Test
    void shouldTakeOnlyTrailingCreditsWhenCreditLinesRepeat() {
        CleanedArticle cleaned = clean("text-repeated-credit-1mb");

        assertThat(cleaned.credits()).containsOnly("Reuters").hasSizeLessThanOrEqualTo(16);
        assertThat(cleaned.paragraphs()).hasSizeGreaterThan(90_000);
    }

    @Test
    void shouldKeepTokenWhenItIs200000CharactersLong() {
        assertThat(clean("text-token-200000").text()).hasSize(200_000);
        assertThat(clean("html-token-200000").text()).hasSize(200_000);
    }

    @Test
    void shouldKeepAngleBracketsAsTextWhenThereAre100000() {
        assertThat(clean("text-angle-brackets-100000").text()).hasSize(100_000);
        assertThat(clean("html-angle-brackets-100000").text()).hasSize(100_000);
    }

    @Test
    void shouldDecodeOneLevelWhenEntitiesChain() {
        assertThat(clean("text-entity-chain").text()).hasSize(500_000).startsWith("&amp;&amp;");
        assertThat(clean("html-entity-chain").paragraphs())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("&amp;&amp;");
    }

    @Test
    void shouldNotTakeCreditWhenParenthesesHoldOnlySpacesAndAName() {
        CleanedArticle cleaned = clean("text-spaces-in-parentheses");

        assertThat(cleaned.credits()).containsExactly("Reuters");
        assertThat(cleaned.text()).startsWith("The council approved");
    }

    @Test
    void shouldKeepBaitWhenItOnlyLooksLikeMetadata() {
        assertThat(clean("text-parentheses-200000").text()).hasSize(SENTENCE_LENGTH + 2 + 200_000);
        assertThat(clean("text-at-signs").credits()).isEmpty();
        assertThat(clean("text-digits-200000").text()).hasSize(200_000);
        assertThat(clean("text-dateline-bait").publishedAt()).isNull();
        assertThat(clean("text-byline-bait").publishedAt()).isNull();
        assertThat(clean("text-instagram-bait").embeds())
                .as("only the last marker signs")
                .singleElement()
                .extracting(Embed::kind, Embed::handle)
                .containsExactly("instagram", "a");
    }

    @Test
    void shouldFindSignatureWhenBaitPrecedesIt() {
        assertThat(clean("text-signature-bait").embeds())
                .singleElement()
                .extracting(Embed::handle)
                .isEqualTo("a");
        assertThat(clean("text-signature-handles").embeds()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void shouldCapMarksWhenCombiningCharactersRunLong() {
        CleanedArticle cleaned = clean("text-combining-marks");

        assertThat(cleaned.text()).hasSizeLessThanOrEqualTo(1 + ExcessMarkStage.MAX_RUN);
        assertThat(cleaned.report()).containsEntry("excess-mark", 200_000 - ExcessMarkStage.MAX_RUN);
    }

    @Test
    void shouldKeepEveryLineWhenThereAre200000ShortLines() {
        assertThat(clean("text-short-lines-200000").paragraphs()).hasSize(200_000);
    }

    @Test
    void shouldFindStoryWhenHtmlIsNested10000Deep() {
        assertThat(clean("html-nesting-10000").text()).isEqualTo(SENTENCE);
    }

    @Test
    void shouldKeepEveryParagraphWhenHtmlHas200000() {
        assertThat(clean("html-paragraphs-200000").paragraphs()).hasSize(200_000);
    }

    @Test
    void shouldKeepEveryParagraphWhenHtmlRepeatsOneLineForAMegabyte() {
        assertThat(clean("html-repeated-line-1mb").paragraphs())
                .hasSizeGreaterThan(10_000)
                .allMatch(p -> p.equals(SENTENCE));
    }

    private static final String SENTENCE =
            "The council approved the new budget on Monday, after a long debate about schools and roads.";
    private static final int SENTENCE_LENGTH = SENTENCE.length();
}
