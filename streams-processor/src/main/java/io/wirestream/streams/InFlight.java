package io.wirestream.streams;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.RawArticle;
import io.wirestream.enrichment.ArticleInput;
import io.wirestream.enrichment.LanguageResult;
import io.wirestream.enrichment.clean.CleanedArticle;
import io.wirestream.enrichment.entity.EntityMention;
import java.util.List;

/**
 * An article on its way through the stages of one sub-topology. Never leaves the task (no serde):
 * each stage returns a copy with its own result, or with {@code failure} set, after which the
 * remaining stages pass it through untouched to the dead-letter route.
 */
record InFlight(
        SourceRecord source,
        RawArticle raw,
        ArticleInput input,
        CleanedArticle cleaned,
        LanguageResult language,
        List<EntityMention> entities,
        DeadLetter failure,
        String duplicateOf) {

    /** Whether the remaining stages should skip this article. */
    boolean isDone() {
        return failure != null || duplicateOf != null;
    }

    static InFlight parsed(SourceRecord source, RawArticle raw, ArticleInput input) {
        return new InFlight(source, raw, input, null, null, null, null, null);
    }

    static InFlight failed(SourceRecord source, DeadLetter failure) {
        return new InFlight(source, null, null, null, null, null, failure, null);
    }

    boolean isFailed() {
        return failure != null;
    }

    /** Whether this article id was already processed within the dedup window. */
    boolean isDuplicate() {
        return duplicateOf != null;
    }

    InFlight asDuplicateOf(String originalId) {
        return new InFlight(source, raw, input, cleaned, language, entities, failure, originalId);
    }

    /** Article id when known, for logs and dead letters. */
    String articleId() {
        return raw != null ? raw.getId() : null;
    }

    InFlight withCleaned(CleanedArticle value) {
        return new InFlight(source, raw, input, value, language, entities, failure, duplicateOf);
    }

    InFlight withLanguage(LanguageResult value) {
        return new InFlight(source, raw, input, cleaned, value, entities, failure, duplicateOf);
    }

    InFlight withEntities(List<EntityMention> value) {
        return new InFlight(source, raw, input, cleaned, language, List.copyOf(value), failure, duplicateOf);
    }

    InFlight withFailure(DeadLetter value) {
        return new InFlight(source, raw, input, cleaned, language, entities, value, duplicateOf);
    }
}
