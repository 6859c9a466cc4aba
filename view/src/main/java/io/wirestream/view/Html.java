package io.wirestream.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** HTML helpers: escaping (every piece of article data is untrusted), URLs, times, directions. */
final class Html {

    /** Languages written right to left (ISO 639-1 and -3 codes the detector may return). */
    static final Set<String> RTL_LANGUAGES = Set.of(
            "ar", "arz", "apc", "ary", "fa", "pes", "prs", "ur", "ps", "pus", "he", "heb", "yi", "yid", "ckb", "sd",
            "snd", "ug", "uig", "dv", "div", "ku", "syr", "arc");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Html() {}

    /** Text escaped for element content and quoted attribute values; null becomes empty. */
    static String escape(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends {@code text[start, end)} escaped. */
    static void escapeTo(StringBuilder out, CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\u0000' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
    }

    /** A path segment, percent-encoded (canonical ids hold ':' and may hold anything else). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%3A", ":");
    }

    /** Link to an article page. */
    static String articleHref(String id) {
        return "/article/" + segment(id);
    }

    /** Link to an entity page. */
    static String entityHref(String canonicalId) {
        return "/entity/" + segment(canonicalId);
    }

    /** A URL that may be linked: http(s) only, so no {@code javascript:} from upstream data. */
    static boolean isLinkable(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** {@code <time>} element for an instant, or an em dash. */
    static String time(Instant instant) {
        if (instant == null) {
            return "<span class=\"muted\">—</span>";
        }
        return "<time datetime=\"" + instant + "\">" + TIME.format(instant) + "</time>";
    }

    /** {@code <time>} element for an ISO-8601 instant string, or an em dash. */
    static String time(String iso) {
        return time(iso == null ? null : Instant.parse(iso));
    }

    /** Whether a language is written right to left. */
    static boolean isRtlLanguage(String language) {
        return language != null && RTL_LANGUAGES.contains(language.toLowerCase(Locale.ROOT));
    }

    /** English name of a language code, the code itself when unknown. */
    static String languageName(String code) {
        if (code == null || code.isBlank() || code.equals("und")) {
            return "undetermined";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** CSS class suffix of an entity type: {@code person}, {@code organization}, {@code location}, {@code misc}. */
    static String typeClass(String type) {
        return type == null ? "misc" : type.toLowerCase(Locale.ROOT);
    }

    /**
     * Direction of a text run by its strong letters: {@code rtl} when right-to-left letters (Arabic,
     * Hebrew, Syriac, Thaana, N'Ko ...) outnumber left-to-right ones, {@code ltr} when the opposite,
     * null when it has no strong letters.
     */
    static String scriptDirection(CharSequence text, int start, int end) {
        int rtl = 0;
        int ltr = 0;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(cp);
        }
        return rtl == 0 && ltr == 0 ? null : rtl > ltr ? "rtl" : "ltr";
    }
}
