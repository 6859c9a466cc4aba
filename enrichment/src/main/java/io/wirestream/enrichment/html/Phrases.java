package io.wirestream.enrichment.html;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Words that page furniture says about itself, in the languages Wirestream ingests. Matched against
 * {@link Text#matchKey} of a block (lower case, letters and digits, single spaces, marks dropped), so
 * {@code "اقرأ أيضاً"} and {@code "اقرأ أيضا"} are the same entry.
 */
final class Phrases {

    private Phrases() {}

    /** A block starting with one of these introduces links to other stories. */
    private static final List<String> RELATED = keys(FurnitureVocabulary.RELATED);

    private static final List<String> AD = keys(FurnitureVocabulary.AD);

    private static final List<String> SHARE = keys(
            "share",
            "share this",
            "share on",
            "share this article",
            "share this story",
            "tweet",
            "follow us",
            "follow",
            "partager",
            "partagez",
            "teilen",
            "شارك",
            "مشاركة",
            "تابعونا",
            "поделиться",
            "paylaş",
            "compartir",
            "compartilhe",
            "compartilhar",
            "condividi",
            "اشتراک گذاری",
            "分享",
            "email",
            "print",
            "facebook",
            "twitter",
            "whatsapp",
            "linkedin",
            "pinterest");

    private static final List<String> NEWSLETTER = keys(
            "sign up",
            "subscribe",
            "newsletter",
            "get our newsletter",
            "inscrivez vous",
            "abonnez vous",
            "abonnieren",
            "newsletter abonnieren",
            "اشترك",
            "اشترك في",
            "подпишитесь",
            "подписаться",
            "abone ol",
            "suscríbete",
            "suscribete",
            "assine",
            "inscreva se",
            "عضویت در خبرنامه",
            "订阅");

    private static final List<String> COMMENTS = keys(FurnitureVocabulary.COMMENTS);

    private static final List<String> COOKIE = keys(
            "we use cookies",
            "this website uses cookies",
            "this site uses cookies",
            "by continuing to use",
            "accept cookies",
            "cookie settings",
            "nous utilisons des cookies",
            "wir verwenden cookies",
            "diese website verwendet cookies",
            "utilizamos cookies",
            "мы используем cookie",
            "يستخدم هذا الموقع",
            "çerez");

    private static final List<String> COPYRIGHT = keys(FurnitureVocabulary.COPYRIGHT);

    /** The furniture kind a short block announces, or null. */
    static String furniture(String text, int weight) {
        if (weight > 400) {
            return null;
        }
        String key = Text.matchKey(text, 200);
        if (text.indexOf('\u00a9') >= 0 || containsAny(key, COPYRIGHT)) {
            return "copyright";
        }
        if (startsWithAny(key, COOKIE)) {
            return "cookie";
        }
        if (weight > 120) {
            return null;
        }
        if (startsWithAny(key, RELATED)) {
            return "related";
        }
        if (equalsAny(key, AD) || startsWithAny(key, AD) && weight < 40) {
            return "ad";
        }
        if (startsWithAny(key, NEWSLETTER) && weight < 80) {
            return "newsletter";
        }
        if (isCount(key, COMMENTS)) {
            return "comments";
        }
        if (equalsAny(key, SHARE) || startsWithAny(key, SHARE) && weight < 30) {
            return "share";
        }
        return null;
    }

    /**
     * Whether the block is nothing but a "related" label ("Read also", "Você pode gostar...", "Читайте
     * также:"): a section heading, after which the story does not continue.
     */
    static boolean isRelatedHeading(String text) {
        return text.length() < 80
                && equalsAny(Text.matchKey(text, 200), RELATED)
                && !equalsAny(Text.matchKey(text, 200), CONTINUE_READING);
    }

    /** "Read more" buttons, and a bare "more" (a block, unlike a line of text, can be just the button). */
    private static final List<String> CONTINUE_READING =
            keys(Stream.concat(FurnitureVocabulary.CONTINUE_READING.stream(), Stream.of("more"))
                    .toList());

    /** "12 comments", "comments (3)", "Kommentare": the key is a comment word with at most a number. */
    private static boolean isCount(String key, List<String> words) {
        StringBuilder rest = new StringBuilder();
        for (String token : key.split(" ")) {
            boolean digits = !token.isEmpty() && token.chars().allMatch(Character::isDigit);
            if (!digits) {
                rest.append(rest.length() == 0 ? "" : " ").append(token);
            }
        }
        return equalsAny(rest.toString(), words);
    }

    private static boolean startsWithAny(String key, List<String> phrases) {
        for (String p : phrases) {
            if (key.startsWith(p)
                    && (key.length() == p.length()
                            || key.charAt(p.length()) == ' '
                            || Text.isIdeographic(p.charAt(p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsAny(String key, List<String> phrases) {
        return phrases.contains(key);
    }

    private static boolean containsAny(String key, List<String> phrases) {
        for (String p : phrases) {
            if (key.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> keys(String... phrases) {
        return keys(Arrays.asList(phrases));
    }

    private static List<String> keys(List<String> phrases) {
        return phrases.stream().map(p -> Text.matchKey(p, 200)).distinct().toList();
    }
}
