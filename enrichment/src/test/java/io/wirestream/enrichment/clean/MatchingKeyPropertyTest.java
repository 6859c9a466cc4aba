package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MatchingKeyPropertyTest {

    @Provide
    Arbitrary<String> asciiText() {
        Arbitrary<String> words = Arbitraries.of(
                        "Tel",
                        "AVIV",
                        "u.s.",
                        "3.5",
                        "O'Neil",
                        "al-Assad",
                        "ISRAIL",
                        "i",
                        "I",
                        "ss",
                        " ",
                        "  ",
                        "\t",
                        "\n",
                        "\r\n",
                        "\u000B",
                        "\f",
                        "\u001C",
                        "\u001F",
                        "\u0000",
                        "\u007F",
                        "@",
                        "#")
                .list()
                .ofMaxSize(20)
                .map(l -> String.join("", l));
        return Arbitraries.oneOf(words, Arbitraries.strings().ascii().ofMaxLength(40));
    }

    @Property(tries = 3000)
    void shouldGiveTheFullKeyWhenTextIsAscii(@ForAll("asciiText") String text) {
        assertThat(MatchingKey.ofAscii(text)).isEqualTo(MatchingKey.ofUnicode(text));
        assertThat(MatchingKey.of(text)).isEqualTo(MatchingKey.ofUnicode(text));
    }
}
