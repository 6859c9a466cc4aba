package io.wirestream.streams;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state handling every Wirestream streams app shares: dead stream threads are replaced, state
 * changes are logged, and callers wait for RUNNING or for the end on the state listener's signal
 * (never by polling). Owns the instance's state listener and uncaught-exception handler.
 */
public final class StreamsLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsLifecycle.class);

    private final KafkaStreams streams;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean stopped;

    /** Takes over {@code streams}' state listener and uncaught-exception handler; call before start. */
    public StreamsLifecycle(KafkaStreams streams, String name) {
        this.streams = streams;
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("{}: stream thread died; replacing it", name, e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((next, previous) -> {
            LOG.info("{}: Kafka Streams state {} -> {}", name, previous, next);
            signal(next == KafkaStreams.State.NOT_RUNNING || next == KafkaStreams.State.ERROR);
        });
    }

    /** Marks the app as stopped (after close) and wakes every waiter. */
    public void markStopped() {
        signal(true);
    }

    private void signal(boolean stop) {
        lock.lock();
        try {
            stopped |= stop;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until Kafka Streams is RUNNING; false on timeout or when it stopped first. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (streams.state() != KafkaStreams.State.RUNNING) {
                if (stopped || remaining <= 0) {
                    return false;
                }
                remaining = changed.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until the streams stopped or died, or {@link #markStopped()}. */
    public void awaitStopped() throws InterruptedException {
        lock.lock();
        try {
            while (!stopped) {
                changed.await(1, TimeUnit.SECONDS);
            }
        } finally {
            lock.unlock();
        }
    }
}
