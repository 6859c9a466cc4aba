package io.wirestream.schemas;

import io.wirestream.avro.DeadLetter;
import io.wirestream.avro.DuplicateArticle;
import io.wirestream.avro.Embed;
import io.wirestream.avro.EnrichedArticle;
import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.LanguageSegment;
import io.wirestream.avro.Provenance;
import io.wirestream.avro.RawArticle;
import java.util.List;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 instantiates only trusted classes when it resolves defaults or reads specific records;
 * our generated classes must be added to that list before a builder fills a default nested record
 * or a reader resolves an older writer schema.
 */
public final class GeneratedClasses {

    /** Every class generated from {@code schemas/src/main/avro}. */
    public static final List<Class<?>> ALL = List.of(
            RawArticle.class,
            EnrichedArticle.class,
            LanguageSegment.class,
            Entity.class,
            EntityType.class,
            Embed.class,
            Provenance.class,
            DeadLetter.class,
            DuplicateArticle.class);

    private static volatile boolean trusted;

    private GeneratedClasses() {}

    /** Adds the generated classes to Avro's trusted classes; idempotent and thread-safe. */
    public static void trust() {
        if (trusted) {
            return;
        }
        synchronized (GeneratedClasses.class) {
            if (!trusted) {
                ClassSecurityValidator.Builder builder = ClassSecurityValidator.builder();
                ALL.forEach(builder::add);
                ClassSecurityValidator.setGlobal(
                        ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), builder.build()));
                trusted = true;
            }
        }
    }
}
