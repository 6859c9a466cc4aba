package io.wirestream.enrichment.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FingerprintPropertyTest {

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.of(
                        "Geneva",
                        "u.s.",
                        "3.5",
                        "O'Neil",
                        "al-Assad",
                        "\u0625\u0633\u0631\u0627\u0626\u064A\u0644",
                        "\u0661\u0662",
                        "\u00B2",
                        "\u2163",
                        "\u02B0",
                        "\u01C5",
                        "\u4E2D\u56FD",
                        "\uD835\uDC00",
                        "\uD801\uDC00",
                        "\uD83D\uDE00",
                        "\uD800",
                        "\uDC00",
                        "\u0301",
                        "_",
                        " ",
                        "\n",
                        "-",
                        "")
                .list()
                .ofMaxSize(20)
                .map(l -> String.join("", l));
        return Arbitraries.oneOf(
                pieces,
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    @Property(tries = 3000)
    void shouldFindTheWordsOfTheRegexSplitWhenHashingWords(@ForAll("text") String text) {
        int[] expected = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .mapToInt(String::hashCode)
                .toArray();
        int[] hashes = new int[text.length() / 2 + 1];

        int count = Fingerprint.wordHashes(text, hashes);

        assertThat(Arrays.copyOf(hashes, count)).containsExactly(expected);
    }
}
