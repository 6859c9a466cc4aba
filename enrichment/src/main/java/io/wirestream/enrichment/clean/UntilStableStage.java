package io.wirestream.enrichment.clean;

import java.util.List;
import java.util.Objects;

/**
 * Runs a group of structure stages again while one of them still changes the draft, at most
 * {@value #MAX_ROUNDS} rounds. Removing one thing can expose another: a leaked date in front of
 * "Advertisement", a share line above a dateline, a tweet whose text is a credit line. Running to a
 * fixed point is what makes cleaning its own output change nothing. Each round costs one pass of every
 * stage, so the bound keeps the whole group linear in the text.
 *
 * <p>Sharp edge: the stages cap their own work per run (8 datelines, 4 credit lines), so an input made
 * of more than 32 stacked datelines or 16 trailing credit lines is still not at a fixed point after the
 * last round, and cleaning the output again removes a few more. Only hostile inputs do this.
 */
final class UntilStableStage implements CleaningStage {

    static final int MAX_ROUNDS = 4;

    private final List<CleaningStage> stages;

    UntilStableStage(List<CleaningStage> stages) {
        this.stages = List.copyOf(stages);
    }

    @Override
    public Draft apply(Draft draft) {
        Objects.requireNonNull(draft, "draft");
        Draft current = draft;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Draft before = current;
            for (CleaningStage stage : stages) {
                current = stage.apply(current);
            }
            if (current == before) {
                return current;
            }
        }
        return current;
    }
}
