package io.wirestream.enrichment.html;

/**
 * A run of text between block-level boundaries, in document order.
 *
 * @param text      whitespace-normalized, non-empty
 * @param owner     index (into {@link PageModel}) of the innermost block-level element holding the text
 * @param weight    text size with ideographs counted as three characters, so CJK prose weighs like Latin
 * @param linkChars non-space characters of the text that sit inside links
 * @param leadLink  the link text the block opens with (before any unlinked text), or empty
 */
record TextBlock(String text, int owner, int weight, int linkChars, String leadLink) {

    /**
     * A teaser: a linked headline (several words, not a sentence) followed by its own summary text, the
     * shape of "more stories" lists and tickers.
     */
    boolean isTeaser() {
        if (leadLink.length() < 25 || leadLink.indexOf(' ') < 0 || Text.endsLikeSentence(leadLink)) {
            return false;
        }
        return Text.visibleChars(text) - linkChars >= 40;
    }

    /** Share of the text that is link text, in [0, 1]. */
    double linkDensity() {
        int visible = Text.visibleChars(text);
        return visible == 0 ? 0 : Math.min(1.0, (double) linkChars / visible);
    }
}
