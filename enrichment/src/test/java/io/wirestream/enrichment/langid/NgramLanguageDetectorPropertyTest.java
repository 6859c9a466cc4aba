package io.wirestream.enrichment.langid;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.lang.DetectedLanguage;
import io.wirestream.enrichment.lang.LanguageSegment;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NgramLanguageDetectorPropertyTest {

    private static final NgramLanguageDetector DETECTOR = NgramLanguageDetectorTest.DETECTOR;

    /** Words of many scripts, separators, quotes, terminators, links and junk, so every branch is reached. */
    private static final List<String> FRAGMENTS = List.of(
            "إسرائيل وأذربيجان توقعان مذكرة تفاهم",
            "وزیر خارجه ایران",
            "پاکستان کے وزیر اعظم",
            "Israel and Azerbaijan signed",
            "Le président a annoncé",
            "Die Regierung hat",
            "Москва заявила",
            "Київ відповів",
            "北京会见",
            "東京で記者会見",
            "서울에서",
            "ראש הממשלה",
            "Əliyev qəbul edib",
            "Erdoğan gidiyor",
            "የኢትዮጵያ",
            "ښار ټول",
            "سەرۆکی هەرێمی",
            " ",
            "  ",
            "\t",
            "\n",
            "\n\n",
            "\r\n",
            "\u00A0",
            "\u3000",
            ". ",
            "! ",
            "? ",
            "؟ ",
            "。",
            "«",
            "»",
            "\"",
            "“",
            "”",
            "„",
            "(",
            ")",
            "'",
            "-",
            "\u0640",
            "\u064E",
            "\u200C",
            "😀",
            "\uD800",
            "\uDC00",
            "2026-02-03",
            "71%",
            " https://example.com/a?b=c ",
            " pic.twitter.com/x1 ",
            "@IsraeliPM",
            "#AI",
            "a",
            "Z",
            "\u0301");

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> fragments =
                Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(l -> String.join("", l));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(80);
        return Arbitraries.oneOf(fragments, fragments, anyChars);
    }

    @Property(tries = 1500)
    void shouldNeverReturnNullWhenDetectingAnyText(@ForAll("mixedText") String text) {
        DetectedLanguage detected = DETECTOR.detect(text);

        assertThat(detected).isNotNull();
        assertThat(detected.language()).isNotBlank();
        assertThat(DETECTOR.detect(text, "fa")).isNotNull();
    }

    @Property(tries = 1500)
    void shouldCoverTheTextInOrderAndInBoundsWhenSegmenting(@ForAll("mixedText") String text) {
        List<LanguageSegment> segments = DETECTOR.segment(text);

        assertThat(segments).isNotNull();
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        String previousLanguage = null;
        for (LanguageSegment s : segments) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(Character.isWhitespace(text.charAt(s.start())))
                    .as("starts on whitespace: %s", s)
                    .isFalse();
            assertThat(Character.isWhitespace(text.charAt(s.end() - 1)))
                    .as("ends on whitespace: %s", s)
                    .isFalse();
            assertThat(s.language()).as("adjacent runs of one language merge").isNotEqualTo(previousLanguage);
            for (int i = s.start(); i < s.end(); i++) {
                covered[i] = true;
            }
            previousEnd = s.end();
            previousLanguage = s.language();
        }
        for (int i = 0; i < text.length(); i++) {
            assertThat(covered[i] || Character.isWhitespace(text.charAt(i)))
                    .as("uncovered char at %d", i)
                    .isTrue();
        }
        assertThat(segments.isEmpty()).isEqualTo(text.isBlank());
    }
}
