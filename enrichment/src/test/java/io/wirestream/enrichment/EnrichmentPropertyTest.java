package io.wirestream.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.GazetteerTagger;
import io.wirestream.enrichment.lang.DetectedLanguage;
import io.wirestream.enrichment.lang.LanguageSegment;
import io.wirestream.enrichment.langid.NgramLanguageDetector;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EnrichmentPropertyTest {

    private static final NgramLanguageDetector DETECTOR = NgramLanguageDetector.loadDefault();
    private static final GazetteerTagger TAGGER = GazetteerTagger.loadDefault();

    private static final List<String> PIECES = List.of(
            "إسرائيل",
            "بالقدس",
            "والولايات",
            "المتحدة",
            "وبغزة",
            "لل",
            "و",
            "ب",
            "Israel",
            "Tel",
            "Aviv",
            "-",
            "US",
            "us",
            "UN",
            "Москва",
            "以色列",
            "北京",
            "اسرائیل",
            "کتاب\u200Cها",
            "😀",
            "12",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ".",
            ",",
            "(",
            ")",
            "'",
            "\u064E",
            "İ",
            "ß");

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(pieces, pieces, Arbitraries.strings().all().ofMaxLength(80));
    }

    @Provide
    Arbitrary<String> language() {
        return Arbitraries.of("ar", "en", "fa", "ru", "zh", "und").injectNull(0.1);
    }

    @Property(tries = 1500)
    void shouldKeepEntitySpansInBoundsWhenTaggingAnyText(
            @ForAll("text") String text, @ForAll("language") String language) {
        List<EntityMention> mentions = TAGGER.tag(text, language);

        int previousEnd = 0;
        for (EntityMention m : mentions) {
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.canonicalId()).isNotNull();
            previousEnd = m.end();
        }
    }

    @Property(tries = 1500)
    void shouldNeverReturnNullWhenDetectingAnyText(@ForAll("text") String text, @ForAll("language") String hint) {
        DetectedLanguage detected = DETECTOR.detect(text, hint);
        List<LanguageSegment> segments = DETECTOR.segment(text, hint);

        assertThat(detected).isNotNull();
        assertThat(detected.language()).isNotBlank();
        assertThat(segments).isNotNull();
        int previousEnd = 0;
        for (LanguageSegment s : segments) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(previousEnd, s.start())).isBlank();
            previousEnd = s.end();
        }
        assertThat(text.substring(previousEnd)).isBlank();
        if (text.codePoints().noneMatch(Character::isLetter)) {
            assertThat(detected.language()).isEqualTo("und");
        }
    }
}
