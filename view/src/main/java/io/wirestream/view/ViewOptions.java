package io.wirestream.view;

/**
 * Bounds of the view's stores.
 *
 * @param latestArticles    articles kept per partition of the enriched topic (the newest by record time)
 * @param mentionsPerEntity mentions kept per canonical entity (the newest)
 */
public record ViewOptions(int latestArticles, int mentionsPerEntity) {

    public ViewOptions {
        if (latestArticles < 1 || mentionsPerEntity < 1) {
            throw new IllegalArgumentException(
                    "store bounds must be positive: " + latestArticles + ", " + mentionsPerEntity);
        }
    }

    /** 500 articles per partition, 200 mentions per entity. */
    public static ViewOptions defaults() {
        return new ViewOptions(500, 200);
    }
}
