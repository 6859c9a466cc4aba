package io.wirestream.enrichment.link;

import io.wirestream.enrichment.entity.ArabicOrganizationPhrases;
import io.wirestream.enrichment.entity.EntityMention;
import io.wirestream.enrichment.entity.EntityTagger;
import io.wirestream.enrichment.entity.EntityType;
import io.wirestream.enrichment.entity.GazetteerTagger;
import io.wirestream.enrichment.lang.LanguageSegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The entity stage: the statistical tagger's mentions (when there is one) and, in Arabic, the
 * {@link ArabicOrganizationPhrases} merged with the gazetteer's, then linked by {@link EntityLinker}.
 *
 * <p>Overlapping mentions from the two taggers are resolved per group of overlaps: the longest span wins;
 * on equal length the statistical tagger's type wins when it says PERSON or ORGANIZATION and the gazetteer
 * disagrees, otherwise the gazetteer's mention (a known place, with its id and clitic-free base form). A
 * statistical winner with the same span and type as a gazetteer mention takes the gazetteer's id and base
 * form. Without a statistical tagger, the gazetteer (with its curated people) is the tagger.
 *
 * <p>Thread-safe when the statistical tagger is; load once.
 */
public final class LinkedEntityTagger implements EntityTagger {

    private final EntityTagger statistical;
    private final GazetteerTagger gazetteer;
    private final ArabicOrganizationPhrases organizationPhrases;
    private final EntityLinker linker;

    /**
     * @param statistical a statistical tagger, or null for gazetteer entities only
     * @param gazetteer   the gazetteer; never null
     * @param linker      the linker; never null
     */
    public LinkedEntityTagger(EntityTagger statistical, GazetteerTagger gazetteer, EntityLinker linker) {
        this.statistical = statistical;
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.organizationPhrases = new ArabicOrganizationPhrases(gazetteer);
        this.linker = Objects.requireNonNull(linker, "linker");
    }

    /** The bundled gazetteer and linker around {@code statistical} (nullable). Slow (seconds): call once. */
    public static LinkedEntityTagger loadDefault(EntityTagger statistical) {
        return new LinkedEntityTagger(statistical, GazetteerTagger.loadDefault(), EntityLinker.loadDefault());
    }

    /** Versions of the gazetteer and the knowledge base, for {@code modelVersions()}. */
    public String version() {
        return gazetteer.version() + "+" + linker.version();
    }

    /** Tags and links one text in one language. */
    @Override
    public List<EntityMention> tag(String text, String language) {
        List<EntityMention> merged = tagUnlinked(text, language);
        return linker.link(text, language, merged);
    }

    /**
     * Tags each language segment with its own language, then links the whole article at once, so mentions in
     * different segments ({@code نتنياهو} in the Arabic text, {@code Netanyahu} in an English tweet) share ids.
     *
     * @param text     the article text the segments point into; never null
     * @param segments non-overlapping segments of {@code text}; when empty, the whole text is tagged as {@code und}
     * @return mentions with offsets into {@code text}, sorted, non-overlapping, linked
     */
    public List<EntityMention> tagArticle(String text, List<LanguageSegment> segments) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(segments, "segments");
        List<LanguageSegment> parts = segments.isEmpty() && !text.isEmpty()
                ? List.of(new LanguageSegment("und", 0, text.length(), 0.0))
                : segments;
        List<EntityMention> mentions = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        for (LanguageSegment segment : parts) {
            String part = text.substring(segment.start(), segment.end());
            for (EntityMention m : tagUnlinked(part, segment.language())) {
                mentions.add(m.shifted(segment.start()));
                languages.add(segment.language());
            }
        }
        return linker.link(text, languages, mentions);
    }

    /** Both taggers' mentions, overlaps resolved, not yet linked (gazetteer ids only). */
    public List<EntityMention> tagUnlinked(String text, String language) {
        Objects.requireNonNull(text, "text");
        List<EntityMention> fromGazetteer = gazetteer.tag(text, language);
        List<EntityMention> fromPhrases = organizationPhrases.tag(text, language);
        if (statistical == null && fromPhrases.isEmpty()) {
            return fromGazetteer;
        }
        // the statistical tagger's mentions first: on an equal span, the first one stays
        List<EntityMention> fromModels =
                new ArrayList<>(statistical == null ? List.of() : statistical.tag(text, language));
        fromModels.addAll(fromPhrases);
        return merge(fromModels, fromGazetteer);
    }

    private record Candidate(EntityMention mention, boolean fromGazetteer) {
        int length() {
            return mention.end() - mention.start();
        }
    }

    static List<EntityMention> merge(List<EntityMention> fromStatistical, List<EntityMention> fromGazetteer) {
        List<Candidate> all = new ArrayList<>(fromStatistical.size() + fromGazetteer.size());
        fromStatistical.forEach(m -> all.add(new Candidate(m, false)));
        fromGazetteer.forEach(m -> all.add(new Candidate(m, true)));
        all.sort(Comparator.comparingInt((Candidate c) -> c.mention().start())
                .thenComparingInt(c -> -c.mention().end()));
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            List<Candidate> group = new ArrayList<>();
            int end = all.get(i).mention().end();
            group.add(all.get(i++));
            while (i < all.size() && all.get(i).mention().start() < end) {
                end = Math.max(end, all.get(i).mention().end());
                group.add(all.get(i++));
            }
            out.add(resolve(group));
        }
        return List.copyOf(out);
    }

    private static EntityMention resolve(List<Candidate> group) {
        Candidate winner = group.get(0);
        for (Candidate c : group) {
            if (c.length() > winner.length() || (c.length() == winner.length() && prefer(c, winner))) {
                winner = c;
            }
        }
        if (winner.fromGazetteer()) {
            return winner.mention();
        }
        EntityMention m = winner.mention();
        for (Candidate c : group) {
            EntityMention g = c.mention();
            if (c.fromGazetteer() && g.start() == m.start() && g.end() == m.end() && g.type() == m.type()) {
                return new EntityMention(
                        m.type(),
                        m.text(),
                        m.start(),
                        m.end(),
                        g.baseForm(),
                        g.canonicalId(),
                        g.canonicalName(),
                        Math.max(m.confidence(), g.confidence()));
            }
        }
        return m;
    }

    /** On equal length: whether {@code a} beats {@code b}. */
    private static boolean prefer(Candidate a, Candidate b) {
        if (a.fromGazetteer() == b.fromGazetteer()) {
            return false;
        }
        Candidate statistical = a.fromGazetteer() ? b : a;
        Candidate gazetteer = a.fromGazetteer() ? a : b;
        EntityType type = statistical.mention().type();
        boolean statisticalWins = (type == EntityType.PERSON || type == EntityType.ORGANIZATION)
                && type != gazetteer.mention().type();
        return statisticalWins == (a == statistical);
    }
}
