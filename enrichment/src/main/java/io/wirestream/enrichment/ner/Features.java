package io.wirestream.enrichment.ner;

import java.util.Arrays;

/**
 * Hashed feature templates of one token in its sentence: the word and its lowercase form, neighbours within
 * two tokens, word bigrams and a trigram, shapes, prefixes and suffixes up to four characters, character
 * trigrams, two granularities of word clusters for the word and its neighbours, gazetteer flags, a
 * capitalization-ratio bucket from unlabeled text (so {@code The} at a sentence start and {@code JAPAN} in an
 * all-capital headline are told apart from names), sentence position, and for Arabic and Hebrew the word with
 * its proclitics stripped; for Arabic also the word without conjunction and preposition but with its article
 * ({@code والسعودية} shares the word feature, clusters and gazetteer flags of {@code السعودية}). Every feature is a 64-bit hash of (template, value); the model maps hashes to
 * weight rows. Stateless apart from its lexicon; thread-safe.
 */
final class Features {

    /** Proclitic handling of a language's features. */
    enum Affixes {
        NONE,
        ARABIC,
        HEBREW
    }

    private static final long BOS = TokenForms.hash("<s>");
    private static final long EOS = TokenForms.hash("</s>");
    private static final String HEBREW_PREFIXES = "והבלמשכ";

    private final Lexicon lexicon;
    private final Affixes affixes;

    Features(Lexicon lexicon, Affixes affixes) {
        this.lexicon = lexicon;
        this.affixes = affixes;
    }

    static Affixes affixesFor(String language) {
        return switch (language) {
            case "ar" -> Affixes.ARABIC;
            case "he" -> Affixes.HEBREW;
            default -> Affixes.NONE;
        };
    }

    /** Growable store of the features of a sentence: token {@code i} owns {@code feats[offsets[i] .. offsets[i+1])}. */
    static final class Buffer {
        long[] feats;
        int[] offsets;
        /** Per token: hash of the normalized word, and of the word without proclitics (0 when none). */
        long[] norm;

        long[] stem;
        long[] shortShape;
        int tokens;
        int size;

        Buffer() {
            this(16);
        }

        Buffer(int expectedTokens) {
            feats = new long[Math.max(64, expectedTokens * 72)];
            offsets = new int[expectedTokens + 1];
            norm = new long[expectedTokens];
            stem = new long[expectedTokens];
            shortShape = new long[expectedTokens];
        }

        void reset(int n) {
            tokens = n;
            size = 0;
            if (offsets.length < n + 1) {
                offsets = new int[n + 1 + n / 2];
                norm = new long[n + n / 2];
                stem = new long[n + n / 2];
                shortShape = new long[n + n / 2];
            }
        }

        void add(long f) {
            if (size == feats.length) {
                feats = Arrays.copyOf(feats, size * 2);
            }
            feats[size++] = f;
        }
    }

    void extract(String[] tokens, Buffer buf) {
        int n = tokens.length;
        buf.reset(n);
        String[] norms = new String[n];
        long[] hNorm = buf.norm;
        long[] hShort = buf.shortShape;
        long[] hStem = buf.stem;
        long[] hShape = new long[n];
        int[] info = new int[n];
        int[] stemInfo = new int[n];
        int[] stemAt = new int[n];
        boolean allCaps = n > 2;
        for (int i = 0; i < n; i++) {
            String t = tokens[i];
            String norm = TokenForms.norm(t);
            norms[i] = norm;
            hNorm[i] = TokenForms.hash(norm);
            hShape[i] = TokenForms.shapeHash(t, false);
            hShort[i] = TokenForms.shapeHash(t, true);
            info[i] = lexicon.info(hNorm[i]);
            if (allCaps && TokenForms.hasLower(t)) {
                allCaps = false;
            }
            int at = stemStart(norm);
            stemAt[i] = at;
            if (at > 0) {
                hStem[i] = TokenForms.hash(norm, at, norm.length());
                stemInfo[i] = lexicon.info(hStem[i]);
            } else {
                hStem[i] = 0;
                stemInfo[i] = 0;
            }
        }
        long[] hBase = null;
        int[] baseInfo = null;
        if (affixes == Affixes.ARABIC) {
            hBase = new long[n];
            baseInfo = new int[n];
            for (int i = 0; i < n; i++) {
                String base = ArabicClitics.withoutParticles(norms[i]);
                if (base != null) {
                    hBase[i] = TokenForms.hash(base);
                    baseInfo[i] = lexicon.info(hBase[i]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            buf.offsets[i] = buf.size;
            String norm = norms[i];
            long nm1 = i > 0 ? hNorm[i - 1] : BOS;
            long nm2 = i > 1 ? hNorm[i - 2] : BOS;
            long np1 = i + 1 < n ? hNorm[i + 1] : EOS;
            long np2 = i + 2 < n ? hNorm[i + 2] : EOS;
            long sm1 = i > 0 ? hShort[i - 1] : BOS;
            long sp1 = i + 1 < n ? hShort[i + 1] : EOS;
            long s0 = hShort[i];
            buf.add(f(1, 0));
            buf.add(f(2, TokenForms.hash(tokens[i])));
            buf.add(f(3, hNorm[i]));
            buf.add(f(4, nm1));
            buf.add(f(5, np1));
            buf.add(f(6, nm2));
            buf.add(f(7, np2));
            long bigram = TokenForms.mix(nm1, hNorm[i]);
            buf.add(f(8, bigram));
            buf.add(f(9, TokenForms.mix(hNorm[i], np1)));
            buf.add(f(10, TokenForms.mix(bigram, np1)));
            buf.add(f(11, hShape[i]));
            long shapes = TokenForms.mix(sm1, s0);
            buf.add(f(12, shapes));
            buf.add(f(13, TokenForms.mix(s0, sp1)));
            buf.add(f(14, TokenForms.mix(shapes, sp1)));
            buf.add(f(15, i > 0 ? hShape[i - 1] : BOS));
            buf.add(f(16, i + 1 < n ? hShape[i + 1] : EOS));
            int len = norm.length();
            if (len > 1) {
                for (int k = 1; k <= 4 && k < len; k++) {
                    buf.add(f(16 + k, TokenForms.hash(norm, 0, k)));
                    buf.add(f(20 + k, TokenForms.hash(norm, len - k, len)));
                }
            }
            if (len >= 4 && len <= 24) {
                for (int k = 0; k + 3 <= len; k++) {
                    buf.add(f(25, TokenForms.hash(norm, k, k + 3)));
                }
            }
            int in = info[i];
            int cf0 = Lexicon.fine(in);
            int cfm1 = i > 0 ? Lexicon.fine(info[i - 1]) : 1024;
            int cfp1 = i + 1 < n ? Lexicon.fine(info[i + 1]) : 1025;
            buf.add(f(26, cf0));
            buf.add(f(27, Lexicon.coarse(in)));
            buf.add(f(28, cfm1));
            buf.add(f(29, cfp1));
            buf.add(f(30, i > 1 ? Lexicon.coarse(info[i - 2]) : 100));
            buf.add(f(31, i + 2 < n ? Lexicon.coarse(info[i + 2]) : 101));
            buf.add(f(32, cf0 * 2048L + cfp1));
            buf.add(f(33, cfm1 * 2048L + cf0));
            buf.add(f(34, Lexicon.coarse(in) * 64L + (i > 0 ? Lexicon.coarse(info[i - 1]) : 62)));
            int flags = Lexicon.flags(in) | (affixes == Affixes.NONE ? 0 : Lexicon.flags(stemInfo[i]));
            addFlags(buf, 35, flags, s0);
            if (i > 0) {
                addFlags(buf, 36, Lexicon.flags(info[i - 1]) | Lexicon.flags(stemInfo[i - 1]), 0);
            }
            if (i + 1 < n) {
                addFlags(buf, 37, Lexicon.flags(info[i + 1]) | Lexicon.flags(stemInfo[i + 1]), 0);
            }
            boolean upper = TokenForms.startsUpper(tokens[i]);
            buf.add(f(38, Lexicon.capBucket(in) * 8L + (upper ? 1 : 0) + (i == 0 ? 2 : 0) + (allCaps ? 4 : 0)));
            buf.add(f(39, TokenForms.mix(Lexicon.freqBucket(in), s0)));
            if (i == 0) {
                buf.add(f(40, s0));
            }
            if (i == n - 1) {
                buf.add(f(41, s0));
            }
            if (allCaps) {
                buf.add(f(42, hNorm[i]));
            }
            buf.add(f(43, TokenForms.mix(Math.min(len, 12), s0)));
            if (hStem[i] != 0) {
                stemFeatures(
                        buf,
                        norm,
                        stemAt[i],
                        hStem[i],
                        stemInfo[i],
                        i > 0 ? hStem[i - 1] : 0,
                        i + 1 < n ? hStem[i + 1] : 0);
            }
            if (hBase != null && hBase[i] != 0) {
                // the word as it stands alone (والسعودية as السعودية): its word feature, clusters and flags
                int bi = baseInfo[i];
                buf.add(f(3, hBase[i]));
                buf.add(f(45, Lexicon.fine(bi)));
                buf.add(f(46, Lexicon.coarse(bi)));
                addFlags(buf, 47, Lexicon.flags(bi), s0);
            }
        }
        buf.offsets[n] = buf.size;
    }

    private static void stemFeatures(
            Features.Buffer buf, String norm, int at, long stem, int stemInfo, long prevStem, long nextStem) {
        buf.add(f(50, stem));
        buf.add(f(51, TokenForms.hash(norm, 0, at)));
        int end = norm.length();
        int len = end - at;
        for (int k = 2; k <= 3 && k < len; k++) {
            buf.add(f(50 + k, TokenForms.hash(norm, at, at + k)));
            buf.add(f(52 + k, TokenForms.hash(norm, end - k, end)));
        }
        buf.add(f(56, Lexicon.fine(stemInfo)));
        buf.add(f(57, prevStem));
        buf.add(f(58, nextStem));
    }

    /**
     * Stage-1 label counts of every word and every proclitic-stripped word of a document (an article, or a block of
     * consecutive corpus sentences), for the second pass: how the first pass tagged the other occurrences of a word
     * is strong evidence for this one (a surname alone after the full name, an organization's repeated name).
     */
    static final class DocumentCounts {

        static final int SLOTS = 5; // O and up to four types

        private final LongIntMap index;
        private int[] counts;

        DocumentCounts(int expectedTokens) {
            index = new LongIntMap(Math.max(16, expectedTokens));
            counts = new int[Math.max(16, expectedTokens) * SLOTS];
        }

        void add(Buffer sentence, int[] stage1, Labels labels) {
            for (int i = 0; i < sentence.tokens; i++) {
                int slot = slot(stage1[i], labels);
                count(normKey(sentence.norm[i]), slot);
                if (sentence.stem[i] != 0) {
                    count(stemKey(sentence.stem[i]), slot);
                }
            }
        }

        private void count(long key, int slot) {
            int id = index.idOf(key);
            if ((id + 1) * SLOTS > counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            counts[id * SLOTS + slot]++;
        }

        /**
         * A summary of how the other occurrences of {@code key} were tagged: 0 none elsewhere, 1 never an entity,
         * else 2 + 3 x (majority type) + (0 always that type, 1 at least half the time, 2 less).
         */
        int summary(long key, int ownSlot) {
            int id = index.get(key, -1);
            if (id < 0) {
                return 0;
            }
            int base = id * SLOTS;
            int total = -1;
            int best = 0;
            int bestCount = 0;
            for (int t = 0; t < SLOTS; t++) {
                int c = counts[base + t] - (t == ownSlot ? 1 : 0);
                total += counts[base + t];
                if (t > 0 && c > bestCount) {
                    best = t;
                    bestCount = c;
                }
            }
            if (total <= 0) {
                return 0;
            }
            if (bestCount == 0) {
                return 1;
            }
            return 2 + 3 * (best - 1) + (bestCount == total ? 0 : bestCount * 2 >= total ? 1 : 2);
        }

        static int slot(int label, Labels labels) {
            return label == 0 ? 0 : 1 + labels.type(label);
        }

        static long normKey(long norm) {
            return LongIntMap.key(TokenForms.mix(70, norm));
        }

        static long stemKey(long stem) {
            return LongIntMap.key(TokenForms.mix(71, stem));
        }
    }

    /**
     * Second-pass features of a sentence from the first pass: its own stage-1 labels (stacked) and, per token, how
     * the document's other occurrences of the word and of its stem were tagged; token {@code i} owns
     * {@code out.feats[out.offsets[i] .. out.offsets[i+1])}.
     */
    static void documentFeatures(Buffer sentence, int[] stage1, Labels labels, DocumentCounts counts, Buffer out) {
        int n = sentence.tokens;
        out.reset(n);
        int prevSummary = 100;
        int summary = n > 0
                ? counts.summary(DocumentCounts.normKey(sentence.norm[0]), DocumentCounts.slot(stage1[0], labels))
                : 0;
        for (int i = 0; i < n; i++) {
            int nextSummary = i + 1 < n
                    ? counts.summary(
                            DocumentCounts.normKey(sentence.norm[i + 1]), DocumentCounts.slot(stage1[i + 1], labels))
                    : 101;
            int own = stage1[i];
            int prev = i > 0 ? stage1[i - 1] : 63;
            int next = i + 1 < n ? stage1[i + 1] : 62;
            long s0 = sentence.shortShape[i];
            out.offsets[i] = out.size;
            out.add(f(60, summary));
            out.add(f(61, summary * 64L + own));
            out.add(f(62, TokenForms.mix(summary, s0)));
            out.add(f(63, own));
            out.add(f(64, prev * 64L + own));
            out.add(f(65, own * 64L + next));
            out.add(f(66, prevSummary * 128L + summary));
            out.add(f(67, summary * 128L + nextSummary));
            if (sentence.stem[i] != 0) {
                int stemSummary =
                        counts.summary(DocumentCounts.stemKey(sentence.stem[i]), DocumentCounts.slot(own, labels));
                out.add(f(68, stemSummary));
                out.add(f(69, stemSummary * 64L + own));
            }
            prevSummary = summary;
            summary = nextSummary;
        }
        out.offsets[n] = out.size;
    }

    private static void addFlags(Buffer buf, int template, int flags, long with) {
        for (int b = 0; b < Lexicon.GAZ_BITS; b++) {
            if ((flags & (1 << b)) != 0) {
                buf.add(f(template, TokenForms.mix(b, with)));
            }
        }
    }

    /** The word without proclitics, or null when there are none to strip. */
    String stem(String norm) {
        int at = stemStart(norm);
        return at == 0 ? null : norm.substring(at);
    }

    /** Where the word starts after its proclitics, or 0 when there are none to strip. */
    private int stemStart(String norm) {
        return switch (affixes) {
            case ARABIC -> ArabicClitics.stripLength(norm);
            case HEBREW -> norm.length() >= 4 && HEBREW_PREFIXES.indexOf(norm.charAt(0)) >= 0 ? 1 : 0;
            case NONE -> 0;
        };
    }

    static long f(int template, long value) {
        return LongIntMap.key(TokenForms.mix(template, value));
    }
}
