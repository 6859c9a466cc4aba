package io.wirestream.enrichment.clean;

import java.util.Objects;

/**
 * Removes invisible format characters: bidi controls (LRM, RLM, ALM, U+202A–U+202E, U+2066–U+2069;
 * key {@code bidi-control}), zero-width characters (U+200B, U+2060, U+FEFF, U+180E; key
 * {@code zero-width}) and soft hyphens (key {@code soft-hyphen}).
 *
 * <p>Sharp edge: ZWNJ (U+200C) and ZWJ (U+200D) carry meaning in joining scripts, e.g. the Persian
 * plural {@code کتاب‌ها}, and ZWJ builds emoji sequences. They are kept when both neighbours are
 * letters or marks of such a script (or, for ZWJ, emoji), and removed elsewhere. The decision looks
 * only at neighbours that later stages never remove, which keeps the chain idempotent.
 */
final class InvisibleCharStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        StringBuilder out = null;
        int bidi = 0;
        int zeroWidth = 0;
        int softHyphen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String kind = kindOf(text, i, c);
            if (kind == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            switch (kind) {
                case "bidi-control" -> bidi++;
                case "soft-hyphen" -> softHyphen++;
                default -> zeroWidth++;
            }
        }
        if (out == null) {
            return draft;
        }
        return draft.withText(out.toString(), "bidi-control", bidi)
                .count("zero-width", zeroWidth)
                .count("soft-hyphen", softHyphen);
    }

    private static String kindOf(String text, int i, char c) {
        if (c == '\u200E'
                || c == '\u200F'
                || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')) {
            return "bidi-control";
        }
        if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E') {
            return "zero-width";
        }
        if (c == '\u00AD') {
            return "soft-hyphen";
        }
        if (c == '\u200C' || c == '\u200D') {
            int before = i > 0 ? text.codePointBefore(i) : -1;
            int after = i + 1 < text.length() ? text.codePointAt(i + 1) : -1;
            if (joins(before) && joins(after)) {
                return null;
            }
            if (c == '\u200D' && isEmojiPart(before) && isEmojiPart(after)) {
                return null;
            }
            return "zero-width";
        }
        return null;
    }

    private static boolean joins(int cp) {
        if (cp < 0
                || !(Character.isLetter(cp)
                        || Character.getType(cp) == Character.NON_SPACING_MARK
                        || Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
            return false;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case ARABIC,
                    SYRIAC,
                    THAANA,
                    NKO,
                    MONGOLIAN,
                    DEVANAGARI,
                    BENGALI,
                    GURMUKHI,
                    GUJARATI,
                    ORIYA,
                    TAMIL,
                    TELUGU,
                    KANNADA,
                    MALAYALAM,
                    SINHALA,
                    KHMER,
                    MYANMAR,
                    TIBETAN -> true;
            // Harakat are script Inherited; they sit on the letter before them, which was checked there.
            case INHERITED -> Character.getType(cp) == Character.NON_SPACING_MARK && cp >= 0x064B && cp <= 0x065F;
            default -> false;
        };
    }

    private static boolean isEmojiPart(int cp) {
        return cp >= 0
                && (Character.getType(cp) == Character.OTHER_SYMBOL
                        || cp == 0xFE0F
                        || (cp >= 0x1F3FB && cp <= 0x1F3FF));
    }
}
