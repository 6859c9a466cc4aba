package io.wirestream.streams;

import io.wirestream.enrichment.EnrichmentException;
import org.apache.kafka.streams.kstream.ValueMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One enrichment stage of the topology: a pure step on an article in flight. A failed or duplicate
 * article passes through untouched; a stage that rejects or throws turns the article into a dead
 * letter with the stage name, reason code, message and exception class, so one bad record never
 * stops the task.
 */
final class Stage implements ValueMapper<InFlight, InFlight> {

    /** The work of a stage on an article that has not failed. */
    @FunctionalInterface
    interface Step {
        InFlight apply(InFlight article);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Stage.class);

    private final String name;
    private final Step step;
    private final DeadLetters deadLetters;
    private final PipelineMetrics metrics;

    Stage(String name, Step step, DeadLetters deadLetters, PipelineMetrics metrics) {
        this.name = name;
        this.step = step;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    String name() {
        return name;
    }

    @Override
    public InFlight apply(InFlight article) {
        if (article.isDone()) {
            return article;
        }
        long start = System.nanoTime();
        try {
            return step.apply(article);
        } catch (EnrichmentException e) {
            return fail(article, e.code().name(), e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error(
                    "Stage {} failed on article {} from {}-{}@{}",
                    name,
                    article.articleId(),
                    article.source().topic(),
                    article.source().partition(),
                    article.source().offset(),
                    e);
            return fail(article, DeadLetters.STAGE_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } finally {
            metrics.stage(name, System.nanoTime() - start);
        }
    }

    private InFlight fail(InFlight article, String reason, String message, Throwable cause) {
        LOG.warn(
                "Dead-lettering article {} from {}-{}@{} at stage {}: {} {}",
                article.articleId(),
                article.source().topic(),
                article.source().partition(),
                article.source().offset(),
                name,
                reason,
                message);
        return article.withFailure(deadLetters.of(article.source(), article.articleId(), name, reason, message, cause));
    }
}
