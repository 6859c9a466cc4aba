package io.wirestream.local;

/**
 * A local broker did not come up: its JVM exited, it did not serve requests in time, or its
 * storage could not be prepared. The message ends with the tail of {@code broker.log}.
 */
public class BrokerStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerStartException(String message) {
        super(message);
    }

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
