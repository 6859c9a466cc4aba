package io.wirestream.view;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.LanguageSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.KeyValue;

/**
 * One mention of a canonical entity in one article, as the view indexes it. Carries the article's title
 * and source so an entity page can list mentions whose article has left the latest-articles store.
 *
 * @param articleId     id of the article
 * @param title         clean headline of the article
 * @param source        publisher, may be null
 * @param type          entity type name ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC})
 * @param canonicalId   canonical id shared across languages and scripts
 * @param canonicalName English canonical name, may be null
 * @param text          surface form as written
 * @param language      language of the segment the mention starts in (document language otherwise)
 * @param script        Unicode script of the surface form's first letter, e.g. {@code Arabic}, {@code Latin}
 * @param start         UTF-16 start offset into the article's clean text
 * @param end           UTF-16 end offset, exclusive
 * @param timestamp     record timestamp of the enriched article, epoch millis
 */
public record Mention(
        String articleId,
        String title,
        String source,
        String type,
        String canonicalId,
        String canonicalName,
        String text,
        String language,
        String script,
        int start,
        int end,
        long timestamp) {

    /** The mentions of every entity with a canonical id, keyed by canonical id, in text order. */
    public static List<KeyValue<String, Mention>> of(EnrichedArticle article, long timestamp) {
        List<KeyValue<String, Mention>> mentions =
                new ArrayList<>(article.getEntities().size());
        for (Entity entity : article.getEntities()) {
            String canonicalId = entity.getCanonicalId();
            if (canonicalId == null || canonicalId.isBlank()) {
                continue;
            }
            mentions.add(KeyValue.pair(
                    canonicalId,
                    new Mention(
                            article.getId(),
                            article.getTitle(),
                            article.getSource(),
                            entity.getType().name(),
                            canonicalId,
                            entity.getCanonicalName(),
                            entity.getText(),
                            languageAt(article, entity.getStart()),
                            script(entity.getText()),
                            entity.getStart(),
                            entity.getEnd(),
                            timestamp)));
        }
        return mentions;
    }

    /** Whether this mention's id is article-local (never shared with another article). */
    public boolean isArticleLocal() {
        return isArticleLocal(canonicalId);
    }

    static boolean isArticleLocal(String canonicalId) {
        return canonicalId.startsWith("local:");
    }

    static String languageAt(EnrichedArticle article, int offset) {
        for (LanguageSegment segment : article.getSegments()) {
            if (segment.getStart() <= offset && offset < segment.getEnd()) {
                return segment.getLanguage();
            }
        }
        return article.getLanguage();
    }

    /** The script of the first letter, in title case ({@code Arabic}, {@code Latin}, {@code Cyrillic}, {@code Han}). */
    static String script(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                String name = Character.UnicodeScript.of(cp).name().replace('_', ' ');
                return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
            }
            i += Character.charCount(cp);
        }
        return "Common";
    }
}
