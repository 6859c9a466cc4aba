package io.wirestream.enrichment.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into {@link TextBlock}s at block-level element boundaries and at blank lines made of
 * {@code <br>}s. A table row is one block, its cells separated by spaces, as a reader scans it. Uses jsoup's iterative traversal; skips subtrees the model drops outright.
 */
final class BlockCollector implements NodeFilter {

    static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "aside",
            "header",
            "footer",
            "nav",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "caption",
            "figure",
            "figcaption",
            "form",
            "fieldset",
            "legend",
            "address",
            "hr",
            "center",
            "details",
            "summary",
            "body",
            "html",
            "menu",
            "hgroup",
            "output",
            "noscript",
            "dialog");

    private final PageModel page;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Integer> open = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    private int linkChars;
    private final StringBuilder leadLink = new StringBuilder();
    private boolean unlinkedSeen;
    private int linkDepth;
    private boolean afterBreak;

    private BlockCollector(PageModel page) {
        this.page = page;
    }

    static List<TextBlock> collect(PageModel page, Element body) {
        BlockCollector collector = new BlockCollector(page);
        NodeTraversor.filter(collector, body);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String s = text.getWholeText();
            buffer.append(s);
            int visible = Text.visibleChars(s);
            if (visible > 0) {
                afterBreak = false;
                if (linkDepth > 0) {
                    linkChars += visible;
                    if (!unlinkedSeen && leadLink.length() < 1000) {
                        leadLink.append(s);
                    }
                } else {
                    unlinkedSeen = true;
                }
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        Integer i = page.index.get(el);
        if (i == null || page.dropped[i] != null) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = el.normalName();
        if ("br".equals(tag)) {
            if (afterBreak) {
                flush();
            } else {
                buffer.append(' ');
                afterBreak = true;
            }
        } else if ("a".equals(tag)) {
            linkDepth++;
        } else if (BLOCK_TAGS.contains(tag)) {
            flush();
            open.push(i);
        } else if ("img".equals(tag) || "td".equals(tag) || "th".equals(tag)) {
            buffer.append(' ');
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
            String tag = el.normalName();
            if ("a".equals(tag)) {
                linkDepth = Math.max(0, linkDepth - 1);
            } else if ("td".equals(tag) || "th".equals(tag)) {
                buffer.append(' ');
            } else if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!open.isEmpty()) {
                    open.pop();
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        if (buffer.length() > 0) {
            String text = Text.normalizeSpace(buffer);
            if (!text.isEmpty() && !open.isEmpty()) {
                blocks.add(
                        new TextBlock(text, open.peek(), Text.weight(text), linkChars, Text.normalizeSpace(leadLink)));
            }
        }
        buffer.setLength(0);
        leadLink.setLength(0);
        unlinkedSeen = false;
        linkChars = 0;
        afterBreak = false;
    }
}
