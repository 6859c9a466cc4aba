package io.wirestream.producer;

import io.wirestream.avro.RawArticle;
import java.util.Objects;

/** The outcome of parsing one input item: an article ready to publish, or a rejection. */
public sealed interface ParsedArticle {

    /** A valid article. */
    record Valid(SourceItem item, RawArticle article) implements ParsedArticle {
        public Valid {
            Objects.requireNonNull(article, "article");
        }
    }

    /** An item that must not be published. */
    record Rejected(Rejection rejection) implements ParsedArticle {}
}
