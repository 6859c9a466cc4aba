package io.wirestream.enrichment.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's own markup says about an element: its tag, ARIA role and class/id words.
 *
 * <p>Class and id values are split into words at punctuation and camel-case humps ({@code relatedPosts},
 * {@code share-bar}, {@code comment_list}). Short, ambiguous words ({@code ad}, {@code nav}, {@code tags})
 * must match a whole word; longer stems may start a word ({@code sharebar}, {@code newsletters}). A class
 * that also names a state ({@code comments-open}, {@code has-sidebar}, {@code no-ads}) describes the page,
 * not the element, and is ignored; so is one that names embedded content ({@code social-media-embed}),
 * which is the story's own quote of a post.
 */
final class Hints {

    private Hints() {}

    /** Furniture kind per whole word. */
    private static final Map<String, String> NEGATIVE_WORDS = Map.ofEntries(
            Map.entry("ad", "ad"),
            Map.entry("ads", "ad"),
            Map.entry("adv", "ad"),
            Map.entry("advert", "ad"),
            Map.entry("advertisement", "ad"),
            Map.entry("advertising", "ad"),
            Map.entry("adsense", "ad"),
            Map.entry("dfp", "ad"),
            Map.entry("gpt", "ad"),
            Map.entry("taboola", "ad"),
            Map.entry("outbrain", "ad"),
            Map.entry("nav", "nav"),
            Map.entry("navbar", "nav"),
            Map.entry("menu", "nav"),
            Map.entry("breadcrumb", "nav"),
            Map.entry("breadcrumbs", "nav"),
            Map.entry("pagination", "nav"),
            Map.entry("pager", "nav"),
            Map.entry("masthead", "header"),
            Map.entry("footer", "footer"),
            Map.entry("copyright", "footer"),
            Map.entry("sidebar", "sidebar"),
            Map.entry("aside", "sidebar"),
            Map.entry("rail", "sidebar"),
            Map.entry("widget", "sidebar"),
            Map.entry("tags", "tags"),
            Map.entry("keywords", "tags"),
            Map.entry("topics", "tags"),
            Map.entry("comment", "comments"),
            Map.entry("comments", "comments"),
            Map.entry("disqus", "comments"),
            Map.entry("respond", "comments"),
            Map.entry("replies", "comments"),
            Map.entry("share", "share"),
            Map.entry("sharing", "share"),
            Map.entry("social", "share"),
            Map.entry("follow", "share"),
            Map.entry("sharethis", "share"),
            Map.entry("addthis", "share"),
            Map.entry("related", "related"),
            Map.entry("recommended", "related"),
            Map.entry("recirc", "related"),
            Map.entry("more", "related"),
            Map.entry("popular", "related"),
            Map.entry("trending", "related"),
            Map.entry("promo", "promo"),
            Map.entry("sponsor", "promo"),
            Map.entry("sponsored", "promo"),
            Map.entry("newsletter", "newsletter"),
            Map.entry("subscribe", "newsletter"),
            Map.entry("subscription", "newsletter"),
            Map.entry("signup", "newsletter"),
            Map.entry("cookie", "cookie"),
            Map.entry("cookies", "cookie"),
            Map.entry("consent", "cookie"),
            Map.entry("gdpr", "cookie"),
            Map.entry("modal", "popup"),
            Map.entry("popup", "popup"),
            Map.entry("overlay", "popup"),
            Map.entry("byline", "byline"),
            Map.entry("author", "byline"),
            Map.entry("caption", "caption"),
            Map.entry("credit", "caption"),
            Map.entry("credits", "caption"),
            Map.entry("hidden", "hidden"),
            Map.entry("hide", "hidden"),
            Map.entry("visually", "hidden"),
            Map.entry("sr", "hidden"),
            Map.entry("print", "hidden"));

    /** Stems that may begin a longer word. */
    private static final Map<String, String> NEGATIVE_STEMS = Map.ofEntries(
            Map.entry("advert", "ad"),
            Map.entry("sponsor", "promo"),
            Map.entry("promo", "promo"),
            Map.entry("sidebar", "sidebar"),
            Map.entry("comment", "comments"),
            Map.entry("share", "share"),
            Map.entry("social", "share"),
            Map.entry("related", "related"),
            Map.entry("newsletter", "newsletter"),
            Map.entry("subscri", "newsletter"),
            Map.entry("cookie", "cookie"),
            Map.entry("breadcrumb", "nav"),
            Map.entry("footer", "footer"),
            Map.entry("navigation", "nav"),
            Map.entry("widget", "sidebar"),
            Map.entry("recommend", "related"),
            Map.entry("disqus", "comments"));

    private static final Set<String> STATE_WORDS = Set.of(
            "open",
            "closed",
            "has",
            "no",
            "with",
            "enabled",
            "disabled",
            "allowed",
            "on",
            "off",
            "active",
            "template",
            "page",
            "single",
            "icon",
            "btn",
            "link",
            "toggle",
            "embed",
            "embedded",
            "tweet",
            "quote",
            "blockquote");

    /** First words of taxonomy classes ({@code tag-economy}, {@code category-sport}) that CMSs put on articles. */
    private static final Set<String> TAXONOMY_WORDS =
            Set.of("tag", "tags", "category", "categories", "cat", "postid", "type", "status", "format", "term");

    private static final Set<String> POSITIVE_WORDS = Set.of(
            "article",
            "story",
            "content",
            "body",
            "entry",
            "post",
            "text",
            "main",
            "prose",
            "articlebody",
            "storybody",
            "postbody",
            "blog",
            "news",
            "detail");

    /** Furniture kind the class/id words name, or null. */
    static String negative(Element el) {
        String kind = negativeIn(el.className());
        return kind != null ? kind : negativeIn(el.id());
    }

    /** Whether the class/id words suggest article content. */
    static boolean positive(Element el) {
        for (String cls : classNames(el.className() + " " + el.id())) {
            for (String word : words(cls)) {
                if (POSITIVE_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String negativeIn(String attr) {
        if (attr.isEmpty()) {
            return null;
        }
        for (String cls : classNames(attr)) {
            List<String> words = words(cls);
            if (words.stream().anyMatch(STATE_WORDS::contains)
                    || words.size() > 1 && TAXONOMY_WORDS.contains(words.get(0))) {
                continue;
            }
            for (String word : words) {
                String kind = NEGATIVE_WORDS.get(word);
                if (kind != null) {
                    return kind;
                }
                if (word.length() > 5) {
                    for (Map.Entry<String, String> stem : NEGATIVE_STEMS.entrySet()) {
                        if (word.startsWith(stem.getKey())) {
                            return stem.getValue();
                        }
                    }
                }
            }
        }
        return null;
    }

    private static List<String> classNames(String attr) {
        List<String> out = new ArrayList<>();
        int n = Math.min(attr.length(), 1000);
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || Character.isWhitespace(attr.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                out.add(attr.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Splits one class name into lower-case words at non-letters and at lower-to-upper humps. */
    static List<String> words(String cls) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < cls.length() && i < 200; i++) {
            char c = cls.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
            if (!letter || hump) {
                if (word.length() > 0) {
                    out.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
            }
            if (letter) {
                word.append(c);
            }
            prev = c;
        }
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
