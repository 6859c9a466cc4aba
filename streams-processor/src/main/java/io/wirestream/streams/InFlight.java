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
        DeadLetter failure) {

    static InFlight parsed(SourceRecord source, RawArticle raw, ArticleInput input) {
        return new InFlight(source, raw, input, null, null, null, null);
    }

    static InFlight failed(SourceRecord source, DeadLetter failure) {
        return new InFlight(source, null, null, null, null, null, failure);
    }

    boolean isFailed() {
        return failure != null;
    }

    /** Article id when known, for logs and dead letters. */
    String articleId() {
        return raw != null ? raw.getId() : null;
    }

    InFlight withCleaned(CleanedArticle value) {
        return new InFlight(source, raw, input, value, language, entities, failure);
    }

    InFlight withLanguage(LanguageResult value) {
        return new InFlight(source, raw, input, cleaned, value, entities, failure);
    }

    InFlight withEntities(List<EntityMention> value) {
        return new InFlight(source, raw, input, cleaned, language, List.copyOf(value), failure);
    }

    InFlight withFailure(DeadLetter value) {
        return new InFlight(source, raw, input, cleaned, language, entities, value);
    }
}
