package io.wirestream.enrichment.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Token-scoped masking gives exactly what the pattern gives over the whole text. */
class NonLanguagePropertyTest {

    /** The patterns of {@code Scripts} and {@code langid.TextUnits}. */
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?:https?://|www\\.)\\S+"
                    + "|\\b(?:[a-z0-9-]+\\.)+(?:com|org|net|gov|edu|int|io|co|uk|de|fr|ru|info|me|ly|tv)\\b(?:/\\S*)?"
                    + "|\\S+@\\S+\\.\\w+|[@#][\\p{L}\\p{N}_]+"),
            Pattern.compile("(?:https?://|www\\.)\\S+"
                    + "|\\b(?:[A-Za-z0-9-]+\\.)+(?:com|org|net|gov|edu|int|io|co|uk|de|fr|ru|info|me|ly|tv)\\b(?:/\\S*)?"
                    + "|\\S+@\\S+\\.\\w+|[@#][\\p{L}\\p{N}_]+"));

    private static final List<String> FRAGMENTS = List.of(
            "Israel",
            "U.S.",
            "3.5",
            "e.g.",
            "said.",
            "www.",
            "WWW.",
            "www.über",
            "http",
            "https",
            "://",
            ":/",
            "example",
            ".com",
            ".co.uk",
            ".de",
            ".io/",
            "/path",
            "@",
            "#",
            "@IsraeliPM",
            "#AI",
            "name@mail.org",
            "a@b",
            ".",
            ":",
            "-",
            "_",
            " ",
            "  ",
            "\t",
            "\n",
            "\u000B",
            "\f",
            "\r",
            "\u00A0",
            "\u2028",
            "\u3000",
            "إسرائيل",
            "北京",
            "Москва",
            "😀",
            "\u0301",
            "(",
            ")",
            "«",
            "»",
            "pic.twitter.com/x1",
            "t.co/abc",
            "x",
            "Z",
            "9");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragments =
                Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(
                fragments,
                Arbitraries.strings().withChars(" .@#:/wWcomx\u00A0\t\n").ofMaxLength(40));
    }

    @Property(tries = 3000)
    void shouldMaskLikeTheWholeTextPatternWhenRunPerToken(@ForAll("texts") String text) {
        for (Pattern pattern : PATTERNS) {
            assertThat(NonLanguage.mask(text, pattern)).isEqualTo(wholeText(text, pattern));
        }
    }

    @Example
    void shouldReturnTheSameTextWhenNothingMatches() {
        String text = "The U.S. economy grew 3.5% in the quarter, officials said.";
        assertThat(NonLanguage.mask(text, PATTERNS.get(0))).isSameAs(text);
    }

    @Example
    void shouldBlankLinksMentionsAndHashtagsWhenPresent() {
        String text = "see https://x.org/a and @pm #AI www.über now";
        assertThat(NonLanguage.mask(text, PATTERNS.get(1)))
                .hasSize(text.length())
                .startsWith("see ")
                .endsWith(" now")
                .contains(" and ")
                .doesNotContain("x.org", "@pm", "#AI", "über");
    }

    private static String wholeText(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
