package io.wirestream.streams;

import io.wirestream.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Clock;

/** Builds dead-letter records; the reason codes are the contract consumers alert on. */
final class DeadLetters {

    /** The record value was null (a tombstone on an input topic). */
    static final String NULL_VALUE = "NULL_VALUE";
    /** A stage threw something unexpected; the message and exception class say what. */
    static final String STAGE_FAILED = "STAGE_FAILED";

    private final Clock clock;

    DeadLetters(Clock clock) {
        this.clock = clock;
    }

    DeadLetter of(SourceRecord source, String articleId, String stage, String reason, String message, Throwable cause) {
        return DeadLetter.newBuilder()
                .setKey(source.key() == null ? null : ByteBuffer.wrap(source.key()))
                .setValue(source.value() == null ? null : ByteBuffer.wrap(source.value()))
                .setTopic(source.topic())
                .setPartition(source.partition())
                .setOffset(source.offset())
                .setArticleId(articleId)
                .setStage(stage)
                .setReason(reason)
                .setMessage(message == null || message.isBlank() ? reason : message)
                .setExceptionClass(cause == null ? null : cause.getClass().getName())
                .setTimestamp(clock.instant())
                .build();
    }
}
