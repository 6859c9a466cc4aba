package io.wirestream.enrichment.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClustersTest {

    @Test
    void shouldImproveTheClassBigramLikelihoodWhenClustering() {
        // 0 = "in", 1..3 = cities, 4 = "said", 5..7 = people, 8 = "the"; cities follow "in", people precede "said"
        List<int[]> sentences = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            for (int city = 1; city <= 3; city++) {
                for (int person = 5; person <= 7; person++) {
                    sentences.add(new int[] {person, 4, 0, city});
                    sentences.add(new int[] {8, person, 4, 8, city});
                }
            }
        }
        int[] initial = WordClusters.cluster(sentences, 9, 3, 0);
        int[] trained = WordClusters.cluster(sentences, 9, 3, 10);

        assertThat(likelihood(sentences, trained, 3)).isGreaterThan(likelihood(sentences, initial, 3));
    }

    /** {@code sum M log M - sum Nl log Nl - sum Nr log Nr} of a class assignment. */
    private static double likelihood(List<int[]> sentences, int[] cls, int classes) {
        double[][] m = new double[classes][classes];
        double[] left = new double[classes];
        double[] right = new double[classes];
        for (int[] s : sentences) {
            for (int i = 0; i + 1 < s.length; i++) {
                m[cls[s[i]]][cls[s[i + 1]]]++;
                left[cls[s[i]]]++;
                right[cls[s[i + 1]]]++;
            }
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            for (int d = 0; d < classes; d++) {
                sum += xlogx(m[c][d]);
            }
            sum -= xlogx(left[c]) + xlogx(right[c]);
        }
        return sum;
    }

    private static double xlogx(double x) {
        return x == 0 ? 0 : x * Math.log(x);
    }

    @Test
    void shouldGiveSameClassesWhenRunTwice() {
        List<int[]> sentences = List.of(new int[] {0, 1, 2, 3}, new int[] {3, 2, 1, 0}, new int[] {1, 1, 2, 0});
        assertThat(WordClusters.cluster(sentences, 4, 2, 5)).containsExactly(WordClusters.cluster(sentences, 4, 2, 5));
    }
}
