package io.wirestream.enrichment.ner;

import java.util.Arrays;
import java.util.List;

/**
 * Flat word classes by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): words are
 * moved one at a time to the class that most increases the likelihood of a class bigram model of the text,
 * {@code sum M(c,d) log M(c,d) - sum Nl(c) log Nl(c) - sum Nr(d) log Nr(d)}. Words start in classes by
 * frequency rank; every pass visits words in frequency order, so results are deterministic. Cost per pass is
 * about {@code words x classes x distinct neighbour classes}: a few seconds for 50k words and 256 classes.
 */
final class WordClusters {

    private WordClusters() {}

    /**
     * @param sentences word ids in {@code [0, vocabulary)}; bigrams do not cross sentences
     * @param classes   number of classes
     * @param passes    passes over the vocabulary (stops early when no word moves)
     * @return the class of every word id
     */
    static int[] cluster(List<int[]> sentences, int vocabulary, int classes, int passes) {
        LongIntMap pairs = new LongIntMap(1 << 16);
        int[] pairCount = new int[1 << 16];
        long[] pairKey = new long[1 << 16];
        long[] unigram = new long[vocabulary];
        long total = 0;
        for (int[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                unigram[s[i]]++;
                if (i + 1 < s.length) {
                    long key = ((long) s[i] << 32 | s[i + 1]) + 1;
                    int id = pairs.idOf(key);
                    if (id == pairCount.length) {
                        pairCount = Arrays.copyOf(pairCount, id * 2);
                        pairKey = Arrays.copyOf(pairKey, id * 2);
                    }
                    pairCount[id]++;
                    pairKey[id] = key - 1;
                    total++;
                }
            }
        }
        int nPairs = pairs.size();
        // CSR adjacency: successors and predecessors with counts
        int[] succStart = new int[vocabulary + 1];
        int[] predStart = new int[vocabulary + 1];
        for (int p = 0; p < nPairs; p++) {
            succStart[(int) (pairKey[p] >>> 32) + 1]++;
            predStart[(int) pairKey[p] + 1]++;
        }
        for (int w = 0; w < vocabulary; w++) {
            succStart[w + 1] += succStart[w];
            predStart[w + 1] += predStart[w];
        }
        int[] succ = new int[nPairs];
        int[] succN = new int[nPairs];
        int[] pred = new int[nPairs];
        int[] predN = new int[nPairs];
        int[] fillS = Arrays.copyOf(succStart, vocabulary);
        int[] fillP = Arrays.copyOf(predStart, vocabulary);
        long[] nl = new long[vocabulary];
        long[] nr = new long[vocabulary];
        for (int p = 0; p < nPairs; p++) {
            int u = (int) (pairKey[p] >>> 32);
            int v = (int) pairKey[p];
            succ[fillS[u]] = v;
            succN[fillS[u]++] = pairCount[p];
            pred[fillP[v]] = u;
            predN[fillP[v]++] = pairCount[p];
            nl[u] += pairCount[p];
            nr[v] += pairCount[p];
        }
        double[] flog = new double[(int) total + 2];
        for (int x = 1; x < flog.length; x++) {
            flog[x] = x * Math.log(x);
        }
        Integer[] order = new Integer[vocabulary];
        for (int w = 0; w < vocabulary; w++) {
            order[w] = w;
        }
        long[] uni = unigram;
        Arrays.sort(order, (a, b) -> uni[a] != uni[b] ? Long.compare(uni[b], uni[a]) : Integer.compare(a, b));
        int[] cls = new int[vocabulary];
        for (int r = 0; r < vocabulary; r++) {
            cls[order[r]] = r % classes;
        }
        int[][] m = new int[classes][classes];
        long[] cl = new long[classes];
        long[] cr = new long[classes];
        for (int p = 0; p < nPairs; p++) {
            m[cls[(int) (pairKey[p] >>> 32)]][cls[(int) pairKey[p]]] += pairCount[p];
        }
        for (int w = 0; w < vocabulary; w++) {
            cl[cls[w]] += nl[w];
            cr[cls[w]] += nr[w];
        }
        int[] sa = new int[classes];
        int[] pa = new int[classes];
        int[] sTouched = new int[classes];
        int[] pTouched = new int[classes];
        for (int pass = 0; pass < passes; pass++) {
            int moved = 0;
            for (int r = 0; r < vocabulary; r++) {
                int w = order[r];
                if (nl[w] + nr[w] == 0) {
                    continue;
                }
                int a = cls[w];
                int self = 0;
                int ns = 0;
                int np = 0;
                for (int k = succStart[w]; k < succStart[w + 1]; k++) {
                    if (succ[k] == w) {
                        self += succN[k];
                        continue;
                    }
                    int d = cls[succ[k]];
                    if (sa[d] == 0) {
                        sTouched[ns++] = d;
                    }
                    sa[d] += succN[k];
                }
                for (int k = predStart[w]; k < predStart[w + 1]; k++) {
                    if (pred[k] == w) {
                        continue;
                    }
                    int d = cls[pred[k]];
                    if (pa[d] == 0) {
                        pTouched[np++] = d;
                    }
                    pa[d] += predN[k];
                }
                // take w out of its class
                for (int t = 0; t < ns; t++) {
                    m[a][sTouched[t]] -= sa[sTouched[t]];
                }
                for (int t = 0; t < np; t++) {
                    m[pTouched[t]][a] -= pa[pTouched[t]];
                }
                m[a][a] -= self;
                cl[a] -= nl[w];
                cr[a] -= nr[w];
                int best = a;
                double bestGain = gain(a, m, cl, cr, flog, sa, pa, sTouched, ns, pTouched, np, self, nl[w], nr[w]);
                for (int b = 0; b < classes; b++) {
                    if (b == a) {
                        continue;
                    }
                    double g = gain(b, m, cl, cr, flog, sa, pa, sTouched, ns, pTouched, np, self, nl[w], nr[w]);
                    if (g > bestGain + 1e-9) {
                        bestGain = g;
                        best = b;
                    }
                }
                for (int t = 0; t < ns; t++) {
                    m[best][sTouched[t]] += sa[sTouched[t]];
                }
                for (int t = 0; t < np; t++) {
                    m[pTouched[t]][best] += pa[pTouched[t]];
                }
                m[best][best] += self;
                cl[best] += nl[w];
                cr[best] += nr[w];
                if (best != a) {
                    cls[w] = best;
                    moved++;
                }
                for (int t = 0; t < ns; t++) {
                    sa[sTouched[t]] = 0;
                }
                for (int t = 0; t < np; t++) {
                    pa[pTouched[t]] = 0;
                }
            }
            if (moved == 0) {
                break;
            }
        }
        return cls;
    }

    private static double gain(
            int b,
            int[][] m,
            long[] cl,
            long[] cr,
            double[] flog,
            int[] sa,
            int[] pa,
            int[] sTouched,
            int ns,
            int[] pTouched,
            int np,
            int self,
            long nlw,
            long nrw) {
        int[] row = m[b];
        double g = 0;
        for (int t = 0; t < ns; t++) {
            int d = sTouched[t];
            if (d != b) {
                g += flog[row[d] + sa[d]] - flog[row[d]];
            }
        }
        for (int t = 0; t < np; t++) {
            int d = pTouched[t];
            if (d != b) {
                int x = m[d][b];
                g += flog[x + pa[d]] - flog[x];
            }
        }
        int bb = row[b];
        g += flog[bb + sa[b] + pa[b] + self] - flog[bb];
        g -= flog[(int) (cl[b] + nlw)] - flog[(int) cl[b]] + flog[(int) (cr[b] + nrw)] - flog[(int) cr[b]];
        return g;
    }
}
