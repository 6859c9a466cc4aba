package io.wirestream.enrichment.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A flat, index-addressed view of a parsed page: every element in document (pre-)order with its parent,
 * subtree extent and what its markup says about it. All passes are loops over arrays, never recursion,
 * so a page nested 10,000 deep costs the same per element as a flat one.
 */
final class PageModel {

    private static final Set<String> SCRIPT_LIKE = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "svg",
            "canvas",
            "video",
            "audio",
            "map",
            "source",
            "track",
            "math",
            "input",
            "button",
            "select",
            "option",
            "textarea",
            "datalist",
            "dialog");

    final List<Element> elements;
    final Map<Element, Integer> index;
    final int[] parent;
    /** Number of elements in the subtree rooted here, itself included: descendants are {@code (i, i + size)}. */
    final int[] size;
    /** Kind of removal when this element or an ancestor is dropped outright (scripts, hidden), else null. */
    final String[] dropped;
    /** Nearest ancestor-or-self that is page furniture by its markup, or -1. */
    final int[] furniture;
    /** Furniture kind for elements that start a furniture region, else null. */
    final String[] furnitureKind;
    /** Inside a figure caption or table caption. */
    final boolean[] caption;
    /** Inside a heading. */
    final boolean[] heading;
    /** Class/id words that say "article text". */
    final boolean[] positive;
    /** Schema.org microdata {@code itemprop=articleBody} (or {@code articleBody}-like) on the element. */
    final boolean[] microdata;
    /** Nearest {@code <article>} ancestor-or-self, or -1. */
    final int[] article;
    /** JSON-LD script bodies, for {@link Evidence}. */
    final List<String> jsonLd = new ArrayList<>();

    PageModel(Document doc) {
        elements = doc.getAllElements();
        int n = elements.size();
        index = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(elements.get(i), i);
        }
        parent = new int[n];
        size = new int[n];
        dropped = new String[n];
        furniture = new int[n];
        furnitureKind = new String[n];
        caption = new boolean[n];
        heading = new boolean[n];
        positive = new boolean[n];
        microdata = new boolean[n];
        article = new int[n];
        for (int i = 0; i < n; i++) {
            Element el = elements.get(i);
            Element p = el.parent();
            Integer pi = p == null ? null : index.get(p);
            int up = pi == null ? -1 : pi;
            parent[i] = up;
            String tag = el.normalName();
            dropped[i] = up >= 0 && dropped[up] != null ? dropped[up] : dropKind(el, tag);
            if ("script".equals(tag)
                    && "json-ld".equals(dropped[i])
                    && (up < 0 || dropped[up] == null || "json-ld".equals(dropped[up]))) {
                jsonLd.add(el.data());
            }
            furnitureKind[i] = furnitureKind(el, tag);
            furniture[i] = furnitureKind[i] != null ? i : up >= 0 ? furniture[up] : -1;
            caption[i] = up >= 0 && caption[up] || "figcaption".equals(tag) || "caption".equals(tag);
            heading[i] = up >= 0 && heading[up]
                    || tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
            article[i] = "article".equals(tag) ? i : up >= 0 ? article[up] : -1;
            microdata[i] = "articleBody".equalsIgnoreCase(el.attr("itemprop"));
            positive[i] = Hints.positive(el);
        }
        for (int i = n - 1; i >= 0; i--) {
            size[i] += 1;
            if (parent[i] >= 0) {
                size[parent[i]] += size[i];
            }
        }
    }

    boolean contains(int ancestor, int i) {
        return i >= ancestor && i < ancestor + size[ancestor];
    }

    private static String dropKind(Element el, String tag) {
        if ("script".equals(tag)) {
            return el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json") ? "json-ld" : "script";
        }
        if (SCRIPT_LIKE.contains(tag)) {
            return switch (tag) {
                case "style", "noscript", "template" -> tag;
                case "input", "button", "select", "option", "textarea", "datalist" -> "form";
                case "dialog" -> "popup";
                default -> "embed";
            };
        }
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))) {
            return "hidden";
        }
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String compact = compactStyle(style);
            if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
                return "hidden";
            }
        }
        return null;
    }

    private static String compactStyle(String style) {
        StringBuilder out = new StringBuilder(Math.min(style.length(), 2000));
        for (int i = 0; i < style.length() && out.length() < 2000; i++) {
            char c = style.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static String furnitureKind(Element el, String tag) {
        switch (tag) {
            case "nav", "menu" -> {
                return "nav";
            }
            case "header" -> {
                return "header";
            }
            case "footer" -> {
                return "footer";
            }
            case "aside" -> {
                return "sidebar";
            }
            case "form" -> {
                return "form";
            }
            case "html", "body", "#root" -> {
                return null;
            }
            default -> {
                // fall through to role and class/id hints
            }
        }
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation", "menu", "menubar" -> {
                return "nav";
            }
            case "banner" -> {
                return "header";
            }
            case "contentinfo" -> {
                return "footer";
            }
            case "complementary" -> {
                return "sidebar";
            }
            case "search" -> {
                return "form";
            }
            default -> {
                return Hints.negative(el);
            }
        }
    }
}
