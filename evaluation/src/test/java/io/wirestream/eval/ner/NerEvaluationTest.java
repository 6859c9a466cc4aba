package io.wirestream.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

    @Test
    void shouldCountOnlyExactSpansWithTheRightTypeWhenScoring() {
        SpanScore score = new SpanScore();
        score.add(
                NerEvaluation.spans(List.of("B-PER", "I-PER", "O", "B-LOC", "B-ORG")),
                NerEvaluation.spans(List.of("B-PER", "I-PER", "O", "B-ORG", "B-ORG")));

        assertThat(score.overall().tp()).isEqualTo(2);
        assertThat(score.overall().fp()).isEqualTo(1);
        assertThat(score.overall().fn()).isEqualTo(1);
        assertThat(score.of("PER").f1()).isEqualTo(1.0);
        assertThat(score.of("LOC").recall()).isZero();
    }

    @Test
    void shouldMapTokenSpansToCharacterSpansWhenDetokenizing() {
        NerEvaluation.Text text =
                NerEvaluation.detokenize(List.of("(", "Clinton", "'s", "aide", ")", "said", ","), "en");

        assertThat(text.text()).isEqualTo("(Clinton's aide) said,");
        assertThat(text.text().substring(text.starts()[1], text.ends()[1])).isEqualTo("Clinton");
        assertThat(NerEvaluation.detokenize(List.of("中", "国"), "zh").text()).isEqualTo("中国");
    }

    @Test
    void shouldMapWnutTypesOntoConllTypesWhenReading() {
        assertThat(NerCorpora.mapTag("B-corporation")).isEqualTo("B-ORG");
        assertThat(NerCorpora.mapTag("I-creative-work")).isEqualTo("I-MISC");
        assertThat(NerCorpora.mapTag("B-PER")).isEqualTo("B-PER");
        assertThat(NerCorpora.mapTag("O")).isEqualTo("O");
    }
}
