package io.wirestream.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values were computed with the data set's {@code score.py} on the same inputs. */
class ShingleScorerTest {

    private final ShingleScorer scorer = new ShingleScorer();

    @Test
    void shouldSplitWordsLikePythonWhenTextMixesScriptsMarksAndNumerals() {
        assertThat(ShingleScorer.words("Hello, world_1 café ١٢٣ 北京 e\u0301t كَتَبَ ½ Ⅻ"))
                .containsExactly("Hello", "world_1", "café", "١٢٣", "北京", "e", "t", "ك", "ت", "ب", "½", "Ⅻ");
    }

    @Test
    void shouldCountSupplementaryCharactersAsWordCharactersWhenTheyAreLetters() {
        assertThat(ShingleScorer.words("𝐀𝐁 x")).containsExactly("𝐀𝐁", "x");
    }

    @Test
    void shouldNormalizeCountsPerPageWhenPredictionIsPartlyWrong() {
        ShingleScorer.PageScore page = scorer.page("b", "a b c d e", "a b c d x");

        assertThat(page.tp()).isEqualTo(1.0 / 3);
        assertThat(page.fp()).isEqualTo(1.0 / 3);
        assertThat(page.fn()).isEqualTo(1.0 / 3);
        assertThat(page.precision()).isEqualTo(0.5);
        assertThat(page.recall()).isEqualTo(0.5);
    }

    @Test
    void shouldUseOneShortShingleWhenTextHasFewerThanFourWords() {
        assertThat(scorer.page("s", "a b", "a b").precision()).isEqualTo(1.0);
        assertThat(scorer.page("s", "a b", "a b c").recall()).isEqualTo(0.0);
    }

    @Test
    void shouldAverageOnlyDefinedValuesWhenPagesAreEmpty() {
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put("a", "one two three four five");
        truth.put("b", "a b c d e");
        truth.put("c", "x y z w");
        truth.put("d", "");
        Map<String, String> predictions = Map.of("a", "one two three four five", "b", "a b c d x", "c", "", "d", "");

        ShingleScorer.Summary summary = scorer.score(truth, predictions);

        assertThat(summary.precision()).isEqualTo(0.75);
        assertThat(summary.recall()).isEqualTo(0.5);
        assertThat(summary.f1()).isCloseTo(0.6, within(1e-15));
        assertThat(summary.exactMatch()).isEqualTo(0.5);
        assertThat(summary.pages()).isEqualTo(4);
    }

    @Test
    void shouldIgnoreWhitespaceAndPunctuationWhenMatchingExactly() {
        assertThat(scorer.exactMatch("One, two.\n\nThree!", "One two Three")).isTrue();
        assertThat(scorer.exactMatch("One two", "one two")).isFalse();
    }
}
