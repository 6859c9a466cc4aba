package io.wirestream.local;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Entry point of the broker JVM that {@link LocalKafkaBroker} launches: {@code kafka.Kafka} plus a
 * watchdog that shuts the broker down when the parent JVM is gone.
 *
 * <p>The parent's shutdown hook covers a normal exit and Ctrl-C; the watchdog covers the rest
 * (SIGKILL, a crashed or timed-out test JVM), so no broker outlives the JVM that started it.
 * Internal: arguments are {@code <parent-pid> <server.properties> [kafka.Kafka arguments...]}.
 */
public final class ChildBrokerMain {

    /** Kafka's own shutdown hook gets this long before the JVM halts regardless. */
    private static final long HALT_AFTER_SECONDS = 30;

    private ChildBrokerMain() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: ChildBrokerMain <parent-pid> <server.properties> [kafka.Kafka args...]");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        ProcessHandle.of(parentPid)
                .ifPresentOrElse(
                        parent -> parent.onExit().thenRun(() -> exitBecauseParentIsGone(parentPid)),
                        () -> exitBecauseParentIsGone(parentPid));

        MethodHandle kafkaMain = MethodHandles.publicLookup()
                .findStatic(Class.forName("kafka.Kafka"), "main", MethodType.methodType(void.class, String[].class));
        kafkaMain.invokeExact(Arrays.copyOfRange(args, 1, args.length));
    }

    private static void exitBecauseParentIsGone(long parentPid) {
        System.err.printf("parent process %d is gone; shutting the broker down%n", parentPid);
        Thread halter = new Thread(
                () -> {
                    try {
                        TimeUnit.SECONDS.sleep(HALT_AFTER_SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(1);
                },
                "wirestream-broker-halter");
        halter.setDaemon(true);
        halter.start();
        System.exit(1);
    }
}
