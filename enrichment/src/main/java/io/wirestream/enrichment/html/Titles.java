package io.wirestream.enrichment.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the headline: the page's first visible {@code <h1>}, else Open Graph title, else {@code <title>}. */
final class Titles {

    private Titles() {}

    static String find(Document doc, PageModel page) {
        String og = "";
        Element meta = doc.selectFirst("meta[property=og:title]");
        if (meta != null) {
            og = Text.normalizeSpace(meta.attr("content"));
        }
        for (Element h1 : doc.getElementsByTag("h1")) {
            Integer i = page.index.get(h1);
            if (i != null && page.dropped[i] == null) {
                String text = Text.normalizeSpace(h1.text());
                if (!text.isEmpty() && text.length() < 500) {
                    return text;
                }
            }
        }
        if (!og.isEmpty()) {
            return og;
        }
        return Text.normalizeSpace(doc.title());
    }
}
