package io.wirestream.view;

/**
 * Mentions of one canonical entity in one time bucket, with the type and name of its latest mention
 * (so trending lists can be drawn per type without another lookup).
 *
 * @param type          entity type of the latest mention; null in the initial aggregate
 * @param canonicalName English canonical name of the latest mention that had one, else its surface form
 * @param count         mentions in the bucket
 */
public record EntityCount(String type, String canonicalName, long count) {

    /** The aggregate before the first mention. */
    public static EntityCount empty() {
        return new EntityCount(null, null, 0);
    }

    /** This count with one more mention. */
    public EntityCount add(Mention mention) {
        String name = mention.canonicalName() != null
                ? mention.canonicalName()
                : canonicalName != null ? canonicalName : mention.text();
        return new EntityCount(mention.type(), name, count + 1);
    }
}
