package io.wirestream.enrichment.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {

    private static List<String> texts(String text, String lang) {
        return NerTokenizer.tokenize(text, lang).stream()
                .map(NerTokenizer.Token::text)
                .toList();
    }

    @Test
    void shouldKeepOffsetsIntoTheTextWhenTokenizing() {
        String text =
                "  Netanyahu's visit to the U.S., (Jerusalem)\n\u0648\u0642\u0651\u0639\u062A \u0625\u0633\u0631\u0627\u0626\u064A\u0644 \u0648\u0623\u0630\u0631\u0628\u064A\u062C\u0627\u0646\u060C \u0628\u0627\u0644\u0642\u062F\u0633.";
        for (String lang : List.of("en", "ar", "und")) {
            for (NerTokenizer.Token t : NerTokenizer.tokenize(text, lang)) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
    }

    @Test
    void shouldSplitEnglishClitsAndKeepAbbreviationsWhenLanguageIsEnglish() {
        assertThat(texts("Clinton's aides don't visit the U.S. or Acme Corp. today.", "en"))
                .containsExactly(
                        "Clinton", "'s", "aides", "do", "n't", "visit", "the", "U.S.", "or", "Acme", "Corp.", "today",
                        ".");
    }

    @Test
    void shouldKeepHyphenatedWordsAndNumbersWhole() {
        assertThat(texts("Arab-Israeli talks cost 1,250.5 dollars", "en"))
                .containsExactly("Arab-Israeli", "talks", "cost", "1,250.5", "dollars");
    }

    @Test
    void shouldKeepArabicCliticsAndSplitPunctuationWhenArabic() {
        assertThat(texts("وقّعت إسرائيل وأذربيجان، في مكتبه بالقدس.", "ar"))
                .containsExactly("وقّعت", "إسرائيل", "وأذربيجان", "،", "في", "مكتبه", "بالقدس", ".");
    }

    @Test
    void shouldKeepTurkishSuffixAfterApostropheInTheToken() {
        assertThat(texts("Erdoğan Ankara'da konuştu.", "tr")).containsExactly("Erdoğan", "Ankara'da", "konuştu", ".");
    }

    @Test
    void shouldSplitChineseIntoCharactersWhenChinese() {
        assertThat(texts("高勇，中国国籍", "zh")).containsExactly("高", "勇", "，", "中", "国", "国", "籍");
    }

    @Test
    void shouldSplitSentencesAtFinalPunctuationAndLineBreaks() {
        List<List<NerTokenizer.Token>> sentences =
                NerTokenizer.sentences("Mr. Smith came. He left!\nNew line here", "en");
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0)).extracting(NerTokenizer.Token::text).containsExactly("Mr.", "Smith", "came", ".");
    }

    @Test
    void shouldReturnNoTokensWhenTextIsBlank() {
        assertThat(NerTokenizer.tokenize(" \n\t ", "en")).isEmpty();
    }
}
