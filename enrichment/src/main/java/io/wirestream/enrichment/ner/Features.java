package io.wirestream.enrichment.ner;

import java.util.Arrays;

/**
 * Hashed feature templates of one token in its sentence: the word and its lowercase form, neighbours within
 * two tokens, word bigrams and a trigram, shapes, prefixes and suffixes up to four characters, character
 * trigrams, two granularities of word clusters for the word and its neighbours, gazetteer flags, a
 * capitalization-ratio bucket from unlabeled text (so {@code The} at a sentence start and {@code JAPAN} in an
 * all-capital headline are told apart from names), sentence position, and for Arabic and Hebrew the word with
 * its proclitics stripped. Every feature is a 64-bit hash of (template, value); the model maps hashes to
 * weight rows. Stateless apart from its lexicon; thread-safe.
 */
final class Features {

    /** Proclitic handling of a language's features. */
    enum Affixes { NONE, ARABIC, HEBREW }

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
        long[] feats = new long[4096];
        int[] offsets = new int[65];
        int tokens;
        int size;

        void reset(int n) {
            tokens = n;
            size = 0;
            if (offsets.length < n + 1) {
                offsets = new int[n + 1 + n / 2];
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
        long[] hNorm = new long[n];
        long[] hShape = new long[n];
        long[] hShort = new long[n];
        int[] info = new int[n];
        long[] hStem = new long[n];
        int[] stemInfo = new int[n];
        boolean[] upper = new boolean[n];
        boolean allCaps = n > 2;
        for (int i = 0; i < n; i++) {
            String t = tokens[i];
            String norm = TokenForms.norm(t);
            norms[i] = norm;
            hNorm[i] = TokenForms.hash(norm);
            hShape[i] = TokenForms.hash(TokenForms.shape(t, false));
            hShort[i] = TokenForms.hash(TokenForms.shape(t, true));
            info[i] = lexicon.info(hNorm[i]);
            upper[i] = TokenForms.startsUpper(t);
            if (allCaps && TokenForms.hasLower(t)) {
                allCaps = false;
            }
            String stem = stem(norm);
            if (stem != null) {
                hStem[i] = TokenForms.hash(stem);
                stemInfo[i] = lexicon.info(hStem[i]);
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
            buf.add(f(8, TokenForms.mix(nm1, hNorm[i])));
            buf.add(f(9, TokenForms.mix(hNorm[i], np1)));
            buf.add(f(10, TokenForms.mix(TokenForms.mix(nm1, hNorm[i]), np1)));
            buf.add(f(11, hShape[i]));
            buf.add(f(12, TokenForms.mix(sm1, s0)));
            buf.add(f(13, TokenForms.mix(s0, sp1)));
            buf.add(f(14, TokenForms.mix(TokenForms.mix(sm1, s0), sp1)));
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
            buf.add(f(38, Lexicon.capBucket(in) * 8L + (upper[i] ? 1 : 0) + (i == 0 ? 2 : 0) + (allCaps ? 4 : 0)));
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
                stemFeatures(buf, norm, hStem[i], stemInfo[i], i > 0 ? hStem[i - 1] : 0, i + 1 < n ? hStem[i + 1] : 0);
            }
        }
        buf.offsets[n] = buf.size;
    }

    private void stemFeatures(Features.Buffer buf, String norm, long stem, int stemInfo, long prevStem, long nextStem) {
        buf.add(f(50, stem));
        String s = stem(norm);
        buf.add(f(51, TokenForms.hash(norm, 0, norm.length() - s.length())));
        int len = s.length();
        for (int k = 2; k <= 3 && k < len; k++) {
            buf.add(f(50 + k, TokenForms.hash(s, 0, k)));
            buf.add(f(52 + k, TokenForms.hash(s, len - k, len)));
        }
        buf.add(f(56, Lexicon.fine(stemInfo)));
        buf.add(f(57, prevStem));
        buf.add(f(58, nextStem));
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
        return switch (affixes) {
            case ARABIC -> ArabicClitics.stripAll(norm);
            case HEBREW -> norm.length() >= 4 && HEBREW_PREFIXES.indexOf(norm.charAt(0)) >= 0 ? norm.substring(1) : null;
            case NONE -> null;
        };
    }

    private static long f(int template, long value) {
        return LongIntMap.key(TokenForms.mix(template, value));
    }
}
