package io.wirestream.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void shouldReturnDistinctBindablePortsWhenAskedForSeveral() {
        List<Integer> ports = FreePorts.pick("127.0.0.1", 3);

        assertThat(ports).hasSize(3).doesNotHaveDuplicates().allMatch(port -> port > 0);
        assertThat(ports).allMatch(port -> FreePorts.isFree("127.0.0.1", port));
    }

    @Test
    void shouldReportPortAsTakenWhenSomethingListensOnIt() throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThat(FreePorts.isFree("127.0.0.1", listener.getLocalPort())).isFalse();
        }
    }
}
