package io.wirestream.enrichment.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViterbiTest {

    @Test
    void shouldFollowConstraintsWhenEmissionsPreferAnIllegalLabel() {
        Labels labels = new Labels(Labels.Scheme.BIO, List.of("PER"));
        int size = labels.size(); // O, B-PER, I-PER
        float[] emission = {
            5, 0, 0, // token 0: O
            0, 1, 3, // token 1: I-PER scores best but cannot follow O; B-PER must win
            0, 0, 2, // token 2: I-PER after B-PER is fine
        };
        int[] out = new int[3];
        Viterbi.decode(
                emission,
                3,
                labels,
                new float[size * size],
                new float[size],
                new float[size],
                out,
                new float[3 * size],
                new int[3 * size]);
        assertThat(out).containsExactly(0, 1, 2);
    }

    @Test
    void shouldUseTransitionsWhenEmissionsTie() {
        Labels labels = new Labels(Labels.Scheme.BIO, List.of("PER"));
        int size = labels.size();
        float[] transition = new float[size * size];
        transition[1 * size + 2] = 1; // B-PER -> I-PER rewarded
        float[] emission = {0, 2, 0, 1, 0, 1};
        int[] out = new int[2];
        Viterbi.decode(
                emission,
                2,
                labels,
                transition,
                new float[size],
                new float[size],
                out,
                new float[2 * size],
                new int[2 * size]);
        assertThat(out).containsExactly(1, 2);
    }
}
