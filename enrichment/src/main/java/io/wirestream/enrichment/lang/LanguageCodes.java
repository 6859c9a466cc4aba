package io.wirestream.enrichment.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 639-3 to ISO 639-1 where a 639-1 code exists. Stateless and thread-safe. */
public final class LanguageCodes {

    private static final Map<String, String> TO_ISO1 = build();

    private LanguageCodes() {}

    /**
     * Normalizes a code: a BCP 47 tag or an ISO 639-1/-2/-3 code to ISO 639-1 where one exists, else the
     * lower-cased 639-3 code. Individual languages inside a macrolanguage map to the macrolanguage's code
     * where that is what news consumers expect ({@code cmn -> zh}, {@code pes -> fa}, {@code ekk -> et}).
     *
     * @return the code, or null for null or blank input
     */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String primary = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        return TO_ISO1.getOrDefault(primary, primary);
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                String iso3 = Locale.forLanguageTag(iso1).getISO3Language();
                if (!iso3.isEmpty()) {
                    map.putIfAbsent(iso3, iso1);
                }
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known to this JDK; the explicit table below covers what we need
            }
        }
        // Individual languages the OpenNLP model uses, and legacy codes.
        map.putAll(Map.ofEntries(
                Map.entry("cmn", "zh"),
                Map.entry("zho", "zh"),
                Map.entry("pes", "fa"),
                Map.entry("fas", "fa"),
                Map.entry("prs", "fa"),
                Map.entry("ekk", "et"),
                Map.entry("lvs", "lv"),
                Map.entry("plt", "mg"),
                Map.entry("zsm", "ms"),
                Map.entry("msa", "ms"),
                Map.entry("swa", "sw"),
                Map.entry("uzb", "uz"),
                Map.entry("nob", "nb"),
                Map.entry("nno", "nn"),
                Map.entry("heb", "he"),
                Map.entry("iw", "he"),
                Map.entry("ind", "id"),
                Map.entry("in", "id"),
                Map.entry("yid", "yi"),
                Map.entry("ji", "yi"),
                Map.entry("arb", "ar"),
                Map.entry("ara", "ar"),
                Map.entry("sqi", "sq"),
                Map.entry("hye", "hy"),
                Map.entry("kat", "ka"),
                Map.entry("ell", "el"),
                Map.entry("deu", "de"),
                Map.entry("fra", "fr"),
                Map.entry("nld", "nl"),
                Map.entry("ces", "cs"),
                Map.entry("ron", "ro"),
                Map.entry("slk", "sk"),
                Map.entry("eus", "eu"),
                Map.entry("isl", "is"),
                Map.entry("mri", "mi"),
                Map.entry("cym", "cy"),
                Map.entry("mkd", "mk"),
                Map.entry("urd", "ur"),
                Map.entry("pus", "ps"),
                Map.entry("aze", "az"),
                Map.entry("tur", "tr"),
                Map.entry("rus", "ru"),
                Map.entry("ukr", "uk"),
                Map.entry("eng", "en"),
                Map.entry("jpn", "ja"),
                Map.entry("kor", "ko"),
                Map.entry("spa", "es"),
                Map.entry("por", "pt")));
        return Map.copyOf(map);
    }
}
