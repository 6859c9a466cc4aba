package io.wirestream.enrichment.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchingKeyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "إسرائيل|اسرائيل",
                "اسرائیل|اسرائيل", // Persian yeh
                "مُحَمَّد|محمد", // harakat
                "غزة|غزه", // teh marbuta
                "مستشفى|مستشفي", // alef maqsura
                "کابل|كابل", // Persian keheh
                "آذربایجان|اذربايجان",
                "جـــميل|جميل", // tatweel
                "کتاب\u200Cها|كتابها", // ZWNJ
                "١٢٣ ۴۵|123 45", // digits
                "İSRAİL|israil", // Turkish dotted capital I
                "Straße|strasse",
                "  Tel   Aviv |tel aviv",
                "ＵＮ|un", // NFKC full-width
                "Israël|israël", // Latin diacritics kept
                "２０２６年|2026年", // full-width digits
                "۱۴ بهمن ۱۴۰۴|14 بهمن 1404", // Persian digits
                "٣ فبراير ٢٠٢٦|3 فبراير 2026", // Arabic-Indic digits
                "१२३|123", // Devanagari digits
                "a b c　d|a b c d", // NBSP, thin and ideographic spaces
            })
    void shouldNormalizeForMatchingWhenGivenVariants(String input, String expected) {
        assertThat(MatchingKey.of(input)).isEqualTo(expected);
    }
}
