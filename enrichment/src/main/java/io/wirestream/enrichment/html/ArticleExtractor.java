package io.wirestream.enrichment.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article body from an HTML page. Stateless and thread-safe.
 *
 * <p>How: the page is cut into text blocks; each block gets a value (prose counts for it, link text,
 * short fragments and markup-declared furniture count against it); the element whose subtree has the
 * highest total value is the article container; inside it, blocks that are furniture by markup, by link
 * density or by what they say ("Read also", "Advertisement", "©") are dropped, as are short non-sentence
 * fragments at the container's edges (bylines, dates, tags). JSON-LD {@code articleBody} only raises the
 * value of blocks it confirms.
 *
 * <p>Cost is linear in the page size: no recursion over the DOM, no backtracking regular expressions.
 */
public final class ArticleExtractor {

    /** Fixed cost of a linked block: a fragment must earn its place. */
    private static final double BLOCK_COST = 25;
    /** Fixed cost of any block that is not a sentence. */
    private static final double SHORT_COST = 5;
    /** Share of its prose a container gains when schema.org microdata marks it as the article body. */
    private static final double MICRODATA_BONUS = 0.5;
    /** Share of its prose a container gains when its class or id says it is content. */
    private static final double HINT_BONUS = 0.1;

    /**
     * @param html    the page or fragment; never null
     * @param baseUrl the page URL for resolving links, or null
     * @return the extracted article; paragraphs empty when the page has no text
     */
    public ExtractedArticle extract(String html, String baseUrl) {
        return extract(html, baseUrl, null);
    }

    /** As {@link #extract(String, String)}, writing each block's fate to {@code trace} when it is not null. */
    ExtractedArticle extract(String html, String baseUrl, List<String> trace) {
        Objects.requireNonNull(html, "html");
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageModel page = new PageModel(doc);
        Map<String, Integer> removed = new TreeMap<>();
        countDropped(page, removed);
        String title = Titles.find(doc, page);
        Element body = doc.body();
        List<TextBlock> blocks = BlockCollector.collect(page, body);
        if (blocks.isEmpty()) {
            return new ExtractedArticle(title, List.of(), removed);
        }
        Evidence evidence = Evidence.fromJsonLd(page.jsonLd);
        double[] coverage = new double[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            coverage[b] = evidence.coverage(blocks.get(b).text());
        }
        double[] prose = new double[page.elements.size()];
        int[] furniture = furnitureRegions(page, blocks, prose);
        int container = bestContainer(page, blocks, coverage, furniture, prose);
        if (trace != null) {
            trace.add("container\t" + page.elements.get(container).cssSelector());
        }
        List<String> paragraphs = select(page, blocks, coverage, furniture, container, title, removed, trace);
        return new ExtractedArticle(title, paragraphs, removed);
    }

    private static void countDropped(PageModel page, Map<String, Integer> removed) {
        for (int i = 0; i < page.elements.size(); i++) {
            String kind = page.dropped[i];
            int up = page.parent[i];
            if (kind != null && (up < 0 || page.dropped[up] == null)) {
                removed.merge(kind, 1, Integer::sum);
            }
        }
    }

    /** Value of a block as evidence that its container is the article. */
    private static boolean isProse(TextBlock block) {
        double nonLink = block.weight() * (1 - block.linkDensity());
        return nonLink >= 50 && block.linkDensity() < 0.5 && Text.countPunct(block.text()) > 0;
    }

    /**
     * Nearest furniture ancestor-or-self per element, where markup calls an element furniture and it does not
     * hold most of the page's prose: a page-wide wrapper with a stray class like {@code comments-area} or
     * {@code post-social} is not what it says.
     */
    private static int[] furnitureRegions(PageModel page, List<TextBlock> blocks, double[] prose) {
        int n = page.elements.size();
        int[] proseBlocks = new int[n];
        for (TextBlock block : blocks) {
            if (isProse(block)) {
                prose[block.owner()] += block.weight();
                proseBlocks[block.owner()]++;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            if (page.parent[i] >= 0) {
                prose[page.parent[i]] += prose[i];
                proseBlocks[page.parent[i]] += proseBlocks[i];
            }
        }
        double half = prose[0] / 2;
        int[] region = new int[n];
        for (int i = 0; i < n; i++) {
            int up = page.parent[i];
            boolean wrapper = prose[i] >= half && proseBlocks[i] >= 3;
            boolean furniture = page.furnitureKind[i] != null && !wrapper;
            region[i] = furniture ? i : up >= 0 ? region[up] : -1;
        }
        return region;
    }

    private static double value(PageModel page, TextBlock block, double coverage, int[] furniture) {
        double weight = block.weight();
        double link = weight * block.linkDensity();
        double density = block.linkDensity();
        double v = weight - link - linkPenalty(density) * link - BLOCK_COST * density - SHORT_COST;
        if (Text.countPunct(block.text()) > 0 && weight - link >= 50) {
            v += SHORT_COST;
        }
        if (page.caption[block.owner()] || page.heading[block.owner()] || block.isTeaser()) {
            v = Math.min(v, 0);
        }
        if (furniture[block.owner()] >= 0) {
            v = Math.min(v, 0) - 0.5 * weight;
        }
        if (coverage >= 0.5) {
            v = Math.max(v, 0) + weight;
        }
        return v;
    }

    /**
     * Extra cost per character of link text. Mostly-link blocks (menus, related headlines) cost most; a
     * paragraph whose linked first sentence is followed by its own text ("10 things" digests) costs little.
     */
    private static double linkPenalty(double density) {
        return 1.5 * Math.min(1, Math.max(0, (density - 0.4) / 0.3));
    }

    private static int bestContainer(
            PageModel page, List<TextBlock> blocks, double[] coverage, int[] furniture, double[] prose) {
        int n = page.elements.size();
        double[] score = new double[n];
        for (int b = 0; b < blocks.size(); b++) {
            score[blocks.get(b).owner()] += value(page, blocks.get(b), coverage[b], furniture);
        }
        for (int i = n - 1; i > 0; i--) {
            if (page.parent[i] >= 0) {
                score[page.parent[i]] += score[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (page.microdata[i]) {
                score[i] += MICRODATA_BONUS * prose[i];
            } else if (page.positive[i]) {
                score[i] += HINT_BONUS * prose[i];
            }
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (page.dropped[i] == null && score[i] > bestScore) {
                bestScore = score[i];
                best = i;
            }
        }
        return best;
    }

    private static List<String> select(
            PageModel page,
            List<TextBlock> blocks,
            double[] coverage,
            int[] furniture,
            int container,
            String title,
            Map<String, Integer> removed,
            List<String> trace) {
        String titleKey = Text.matchKey(title, 500);
        List<TextBlock> kept = new ArrayList<>();
        List<Double> keptCoverage = new ArrayList<>();
        int relatedScope = -1;
        for (int b = 0; b < blocks.size(); b++) {
            TextBlock block = blocks.get(b);
            int owner = block.owner();
            if (!page.contains(container, owner)) {
                trace(trace, "outside", block);
                removed.merge(outsideKind(page, block, furniture), 1, Integer::sum);
                continue;
            }
            if (relatedScope >= 0 && (!page.contains(relatedScope, owner) || resumesStory(page, block, relatedScope))) {
                relatedScope = -1;
            }
            if (relatedScope < 0 && Phrases.isRelatedHeading(block.text()) && coverage[b] < 0.5) {
                relatedScope = Math.max(container, page.parent[owner]);
            }
            if (relatedScope >= 0 && coverage[b] < 0.5) {
                trace(trace, "related", block);
                removed.merge("related", 1, Integer::sum);
                continue;
            }
            String kind = dropReason(page, block, coverage[b], furniture, container, titleKey);
            trace(trace, kind == null ? "keep" : kind, block);
            if (kind != null) {
                removed.merge(kind, 1, Integer::sum);
                continue;
            }
            kept.add(block);
            keptCoverage.add(coverage[b]);
        }
        int from = 0;
        int to = kept.size();
        while (from < to && isEdgeFragment(kept.get(from), keptCoverage.get(from))) {
            from++;
        }
        while (to > from && isEdgeFragment(kept.get(to - 1), keptCoverage.get(to - 1))) {
            to--;
        }
        if (from == to) {
            // nothing but fragments: a snippet, not a page with furniture around a story
            from = 0;
            to = kept.size();
        }
        if (from > 0 || to < kept.size()) {
            removed.merge("byline", from + kept.size() - to, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        for (TextBlock block : kept.subList(from, to)) {
            out.add(block.text());
        }
        return out;
    }

    /**
     * After a "related" heading, a plain paragraph means the story goes on, unless it sits in an
     * {@code <article>} of its own below the heading's section (a recommended story in full).
     */
    private static boolean resumesStory(PageModel page, TextBlock block, int scope) {
        if (!isProse(block) || block.isTeaser() || block.linkDensity() >= 0.3) {
            return false;
        }
        int article = page.article[block.owner()];
        return article < 0 || !page.contains(scope, article) || article == scope;
    }

    /** What a block outside the article was, as far as its markup or wording tells. */
    private static String outsideKind(PageModel page, TextBlock block, int[] furniture) {
        int region = furniture[block.owner()];
        if (region >= 0) {
            return page.furnitureKind[region];
        }
        if (page.caption[block.owner()]) {
            return "caption";
        }
        String said = Phrases.furniture(block.text(), block.weight());
        return said != null ? said : "boilerplate";
    }

    private static void trace(List<String> trace, String fate, TextBlock block) {
        if (trace != null) {
            trace.add(fate + "\t" + block.text());
        }
    }

    private static String dropReason(
            PageModel page, TextBlock block, double coverage, int[] furniture, int container, String titleKey) {
        int owner = block.owner();
        int region = furniture[owner];
        boolean confirmed = coverage >= 0.5;
        if (region >= 0 && region > container && page.contains(container, region) && !confirmed) {
            return page.furnitureKind[region];
        }
        if (page.caption[owner]) {
            return "caption";
        }
        String said = Phrases.furniture(block.text(), block.weight());
        if (said != null && !confirmed) {
            return said;
        }
        double nonLink = block.weight() * (1 - block.linkDensity());
        if ((block.linkDensity() > 0.7 || block.linkDensity() > 0.5 && nonLink < 60) && !confirmed) {
            return "links";
        }
        if (!titleKey.isEmpty() && Text.matchKey(block.text(), 500).equals(titleKey)) {
            return "title";
        }
        return null;
    }

    /** Short text that does not read as a sentence: bylines, datelines, labels. */
    private static boolean isEdgeFragment(TextBlock block, double coverage) {
        return coverage < 0.5 && block.weight() < 80 && !Text.endsLikeSentence(block.text());
    }
}
