package io.wirestream.enrichment.ner;

/**
 * First-order Viterbi over label scores with the scheme's hard constraints (no {@code I-PER} after {@code O}).
 * Scores are {@code emission[i * L + label] + transition[prev * L + label]}, plus start and end scores.
 */
final class Viterbi {

    private static final float NEG = Float.NEGATIVE_INFINITY;

    private Viterbi() {}

    /** Best label sequence into {@code out}; {@code work} is scratch space of at least {@code 2 * n * L} floats/ints. */
    static void decode(
            float[] emission,
            int n,
            Labels labels,
            float[] transition,
            float[] start,
            float[] end,
            int[] out,
            float[] delta,
            int[] back) {
        int size = labels.size();
        boolean[] allowed = labels.allowedTable();
        for (int l = 0; l < size; l++) {
            delta[l] = labels.startAllowed(l) ? emission[l] + start[l] : NEG;
        }
        for (int i = 1; i < n; i++) {
            int row = i * size;
            int prevRow = row - size;
            for (int l = 0; l < size; l++) {
                float best = NEG;
                int arg = 0;
                for (int p = 0; p < size; p++) {
                    float d = delta[prevRow + p];
                    if (d == NEG || !allowed[p * size + l]) {
                        continue;
                    }
                    float s = d + transition[p * size + l];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                delta[row + l] = best == NEG ? NEG : best + emission[row + l];
                back[row + l] = arg;
            }
        }
        int lastRow = (n - 1) * size;
        float best = NEG;
        int arg = 0;
        for (int l = 0; l < size; l++) {
            float d = delta[lastRow + l];
            if (d != NEG && labels.endAllowed(l) && d + end[l] > best) {
                best = d + end[l];
                arg = l;
            }
        }
        out[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) {
            out[i - 1] = back[i * size + out[i]];
        }
    }
}
