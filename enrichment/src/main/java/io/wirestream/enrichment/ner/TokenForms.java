package io.wirestream.enrichment.ner;

/**
 * The normalized views of a token that features and the lexicon use: a matching form (case folded with
 * {@link Character#toLowerCase(int)}, which is locale-independent; digits to {@code 0}; Arabic harakat and
 * tatweel dropped, alef variants to ا, ى and Persian ی to ي, ک to ك, ة to ه), word shapes, and 64-bit
 * string hashes that are the same in every JVM. Stateless.
 */
final class TokenForms {

    private TokenForms() {}

    static String norm(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = map(c);
            if (out == null) {
                if (m == c) {
                    continue;
                }
                out = new StringBuilder(s.length());
                out.append(s, 0, i);
            }
            if (m != 0) {
                out.append(m);
            }
        }
        return out == null ? s : out.toString();
    }

    private static char map(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return c >= '0' && c <= '9' ? '0' : c;
        }
        if (c >= 0x0600 && c <= 0x06FF) {
            if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) {
                return 0;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ':
                    return 'ا';
                case 'ى', 'ی', 'ې':
                    return 'ي';
                case 'ک':
                    return 'ك';
                case 'ة':
                    return 'ه';
                default:
                    if (c >= 0x0660 && c <= 0x0669 || c >= 0x06F0 && c <= 0x06F9) {
                        return '0';
                    }
                    return c;
            }
        }
        if (c == 0x200C || c == 0x200D || c == 0x00AD) {
            return 0;
        }
        if (Character.isDigit(c)) {
            return '0';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        return (char) Character.toLowerCase((int) c);
    }

    /** Character classes with runs longer than two shortened to two: {@code Washington -> Xxx}, {@code 1996 -> dd}. */
    static String shape(String s, boolean collapseAll) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 12));
        char last = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char k = shapeClass(s.charAt(i));
            if (k == last) {
                run++;
                if (run >= (collapseAll ? 1 : 2)) {
                    continue;
                }
            } else {
                run = 0;
                last = k;
            }
            out.append(k);
        }
        return out.toString();
    }

    /** {@code hash(shape(s, collapseAll))} without building the shape. */
    static long shapeHash(String s, boolean collapseAll) {
        long h = 0xcbf29ce484222325L;
        int length = 0;
        char last = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char k = shapeClass(s.charAt(i));
            if (k == last) {
                run++;
                if (run >= (collapseAll ? 1 : 2)) {
                    continue;
                }
            } else {
                run = 0;
                last = k;
            }
            h ^= k;
            h *= 0x100000001b3L;
            length++;
        }
        return fmix(h ^ length);
    }

    private static char shapeClass(char c) {
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            return 'X';
        }
        if (Character.isLowerCase(c)) {
            return 'x';
        }
        if (Character.isDigit(c)) {
            return 'd';
        }
        if (Character.isLetter(c)) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 'H' : 'a';
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT) {
            return 'm';
        }
        return c < 0x80 ? c : '#';
    }

    static boolean startsUpper(String s) {
        return !s.isEmpty() && (Character.isUpperCase(s.codePointAt(0)) || Character.isTitleCase(s.codePointAt(0)));
    }

    static boolean hasLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCased(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || Character.isLowerCase(c)) {
                return true;
            }
        }
        return false;
    }

    static long hash(CharSequence s) {
        return hash(s, 0, s.length());
    }

    /** FNV-1a over UTF-16 units with a murmur finalizer: stable across JVMs and runs. */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return fmix(h ^ (to - from));
    }

    static long mix(long a, long b) {
        return fmix(a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L);
    }

    static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
