package io.wirestream.enrichment.clean;

/**
 * One step of the cleaning chain. Implementations are stateless and thread-safe, reject null, and
 * return their input instance unchanged when they have nothing to do.
 */
@FunctionalInterface
interface CleaningStage {
    Draft apply(Draft draft);
}
