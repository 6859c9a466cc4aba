package io.wirestream.enrichment.clean;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Unicode NFC. Runs after the removal stages, since deleting an invisible character between a
 * letter and a combining mark can make a sequence composable. Report key {@code nfc} (1 when the
 * text changed).
 */
final class NfcStage implements CleaningStage {

    @Override
    public Draft apply(Draft draft) {
        String text = Objects.requireNonNull(draft, "draft").text();
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return draft;
        }
        return draft.withText(Normalizer.normalize(text, Normalizer.Form.NFC), "nfc", 1);
    }
}
