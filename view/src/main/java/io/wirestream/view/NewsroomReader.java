package io.wirestream.view;

import io.wirestream.avro.EnrichedArticle;
import io.wirestream.view.ViewModels.ArticleSummary;
import io.wirestream.view.ViewModels.EntityPage;
import io.wirestream.view.ViewModels.Stats;
import io.wirestream.view.ViewModels.Trending;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The view's questions, answered from the state one view instance hosts: its own stores
 * ({@link NewsroomQueries}) or another instance's, over HTTP ({@link PeerReader}). {@link ClusterQueries}
 * asks every instance and merges. Answers that depend on the time take it as {@code at} (epoch millis), so
 * that every instance counts the same buckets. Implementations are thread-safe.
 */
interface NewsroomReader {

    /** The newest articles by record time, newest first, at most {@code limit}. */
    List<ArticleSummary> latest(int limit);

    /** One article with its record timestamp, when it is among the newest kept. */
    Optional<ValueAndTimestamp<EnrichedArticle>> article(String id);

    /** The most mentioned entities of each type in the window ending at {@code at}, at most {@code perType} each. */
    Trending trending(TrendWindow window, int perType, long at);

    /** Every recent mention of one entity, when it has any. */
    Optional<EntityPage> entity(String canonicalId);

    /** Throughput, totals, languages, sources and dead letters as of {@code at}. */
    Stats stats(long at);
}
