package io.wirestream.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds TCP ports that are free right now on a local address.
 *
 * <p>The answer is only a snapshot: another process may bind the port between the check and its
 * use. Ports picked together are distinct, because every probe socket stays open until all of them
 * are chosen.
 */
public final class FreePorts {

    private FreePorts() {}

    /** One free port on {@code host} (a local name or address such as {@code 127.0.0.1}). */
    public static int pick(String host) {
        return pick(host, 1).get(0);
    }

    /** {@code count} distinct free ports on {@code host}. */
    public static List<Integer> pick(String host, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        List<ServerSocket> probes = new ArrayList<>(count);
        try {
            List<Integer> ports = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ServerSocket probe = new ServerSocket();
                probes.add(probe);
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
                ports.add(probe.getLocalPort());
            }
            return List.copyOf(ports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + host, e);
        } finally {
            probes.forEach(FreePorts::closeQuietly);
        }
    }

    /** Whether {@code port} on {@code host} can be bound right now. */
    public static boolean isFree(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // a probe that cannot close has nothing left to release
        }
    }
}
