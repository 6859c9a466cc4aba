package io.wirestream.enrichment.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final List<String> TYPES = List.of("PER", "LOC");

    @Test
    void shouldRoundTripSpansWhenEncodingWithEitherScheme() {
        List<Labels.Span> spans = List.of(new Labels.Span(0, 2, 0), new Labels.Span(2, 3, 1), new Labels.Span(4, 7, 0));
        for (Labels.Scheme scheme : Labels.Scheme.values()) {
            Labels labels = new Labels(scheme, TYPES);
            assertThat(labels.decode(labels.encode(spans, 8))).containsExactlyElementsOf(spans);
        }
    }

    @Test
    void shouldNameBilouLabelsWhenSchemeIsBilou() {
        Labels labels = new Labels(Labels.Scheme.BILOU, TYPES);
        assertThat(labels.size()).isEqualTo(9);
        assertThat(labels.name(0)).isEqualTo("O");
        assertThat(labels.name(1)).isEqualTo("B-PER");
        assertThat(labels.name(8)).isEqualTo("U-LOC");
    }

    @Test
    void shouldForbidInsideAfterOutsideWhenChecking() {
        Labels bio = new Labels(Labels.Scheme.BIO, TYPES);
        assertThat(bio.allowed(0, 2)).isFalse(); // O -> I-PER
        assertThat(bio.allowed(1, 2)).isTrue(); // B-PER -> I-PER
        assertThat(bio.allowed(1, 4)).isFalse(); // B-PER -> I-LOC
        assertThat(bio.startAllowed(2)).isFalse();
        Labels bilou = new Labels(Labels.Scheme.BILOU, TYPES);
        assertThat(bilou.allowed(1, 0)).isFalse(); // B-PER must continue
        assertThat(bilou.endAllowed(2)).isFalse(); // I-PER cannot end a sentence
    }

    @Test
    void shouldOpenSpanWhenCorpusHasInsideTagWithoutBegin() {
        assertThat(Labels.fromTags(List.of("O", "I-PER", "I-PER", "B-LOC", "I-PER", "I-XYZ"), TYPES))
                .containsExactly(new Labels.Span(1, 3, 0), new Labels.Span(3, 4, 1), new Labels.Span(4, 5, 0));
    }
}
