package io.wirestream.enrichment.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.wirestream.enrichment.link.Transliterator.Script;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanizerTest {

    static final Romanizer ROMANIZER = Romanizer.loadDefault(TransliteratorTest.TRANSLITERATOR);

    @ParameterizedTest
    @CsvSource({
        "رشاد نبييف, Rashad Nabiyev",
        "إلهام علييف, Ilham Aliyev",
        "محمد, Muhammad",
        "إيريز, Erez",
        "Нетаньяху, Netanyahu",
    })
    void shouldSpellNameAsPairsDoWhenWordsAreInThem(String name, String expected) {
        assertThat(ROMANIZER.romanize(name)).contains(expected);
    }

    @Test
    void shouldGenerateLatinWordWhenPairsLackIt() {
        String word = "أسكال";
        assertThat(ROMANIZER.romanize(word)).hasValueSatisfying(latin -> {
            assertThat(latin).matches("[A-Z][a-z]+");
            assertThat(TransliteratorTest.TRANSLITERATOR.sameName(word, latin))
                    .as("%s reads as %s", latin, word)
                    .isTrue();
        });
    }

    @Test
    void shouldKeepLatinWordsAndRefuseScriptsWithoutModel() {
        assertThat(ROMANIZER.romanize("John نبييف")).contains("John Nabiyev");
        assertThat(ROMANIZER.romanize("Αλέξης Τσίπρας")).isEmpty();
        assertThat(ROMANIZER.romanize("  ")).isEmpty();
        assertThat(ROMANIZER.scripts()).contains(Script.ARABIC, Script.CYRILLIC, Script.HAN, Script.HEBREW);
    }

    @Test
    void shouldBeDeterministicWhenAskedTwice() {
        assertThat(ROMANIZER.romanize("جوتشولك")).isEqualTo(ROMANIZER.romanize("جوتشولك"));
    }

    /** Every 200th stored spelling, read back through the public entry point. */
    @Test
    void shouldReturnStoredSpellingWhenWordIsStored() throws IOException {
        List<String[]> rows = new ArrayList<>();
        int[] words = {0};
        try (InputStream in = Romanizer.class.getResourceAsStream(Romanizer.RESOURCE)) {
            Transliterator.readRows(new GZIPInputStream(in), "romanization", (script, f) -> {
                if (f[1].equals("word") && words[0]++ % 200 == 0) {
                    rows.add(f);
                }
                return true;
            });
        }
        assertThat(rows).hasSizeGreaterThan(500);
        for (String[] f : rows) {
            String expected = f[3].substring(0, 1).toUpperCase(Locale.ROOT) + f[3].substring(1);
            assertThat(ROMANIZER.romanize(f[2])).as(f[2]).contains(expected);
        }
    }

    @Test
    void shouldGiveEachContextProbabilitiesSummingToOneWhenModelIsTrained() {
        LetterModel model = LetterModel.train(List.of("erez", "askal", "rashad", "nabiyev", "aliyev"));
        for (int context : new int[] {LetterModel.START, 5, 5 * 27 + 18, 12_345}) {
            double total = 0;
            for (int s = 1; s < LetterModel.SYMBOLS; s++) {
                total += Math.exp(model.logProbability(context, s));
            }
            assertThat(total).as("context %d", context).isCloseTo(1.0, offset(1e-4));
        }
        // seen continuations beat unseen ones
        int afterAliye = LetterModel.START;
        for (char c : "aliye".toCharArray()) {
            afterAliye = LetterModel.next(afterAliye, c - 'a' + 1);
        }
        assertThat(model.logProbability(afterAliye, 'v' - 'a' + 1))
                .isGreaterThan(model.logProbability(afterAliye, 'q' - 'a' + 1));
    }
}
