package io.wirestream.local;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code server.properties} of a single-node KRaft broker (broker and controller in one
 * process), tuned for a laptop: one replica of everything, small buffers and no start-up delays.
 */
final class ServerProperties {

    static final String CLIENT_LISTENER = "CLIENT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String NODE_ID = "1";
    static final String INTER_BROKER_MECHANISM = "PLAIN";
    static final String SASL_MECHANISMS = "PLAIN,SCRAM-SHA-256,SCRAM-SHA-512";

    private static final String PLAIN_LOGIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";
    private static final String SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private ServerProperties() {}

    /**
     * The broker's settings: defaults for a single node, then the user's overrides.
     *
     * @param settings settings with concrete (non-zero) ports
     * @param logDir   absolute directory for partitions and the metadata log
     */
    static SortedMap<String, String> of(BrokerSettings settings, Path logDir) {
        if (settings.port() == 0 || settings.controllerPort() == 0) {
            throw new IllegalArgumentException("ports must be chosen before writing the config");
        }
        String host = settings.host();
        String clientEndpoint = CLIENT_LISTENER + "://" + hostPort(host, settings.port());
        String clientProtocol = settings.saslEnabled() ? "SASL_PLAINTEXT" : "PLAINTEXT";

        SortedMap<String, String> props = new TreeMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", NODE_ID);
        props.put(
                "listeners",
                clientEndpoint + "," + CONTROLLER_LISTENER + "://" + hostPort(host, settings.controllerPort()));
        props.put("advertised.listeners", clientEndpoint);
        props.put(
                "listener.security.protocol.map",
                CLIENT_LISTENER + ":" + clientProtocol + "," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("controller.quorum.bootstrap.servers", hostPort(host, settings.controllerPort()));
        props.put("log.dirs", logDir.toAbsolutePath().toString());

        // one broker: every internal topic gets one replica, or transactions and groups hang
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("num.partitions", "1");
        props.put("auto.create.topics.enable", "false");
        props.put("group.initial.rebalance.delay.ms", "0");

        // the cleaner's 128 MiB default dedupe buffer would eat half of a small heap
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        props.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        // after a crash the controller keeps the dead broker's session until it times out and
        // refuses the restarted broker's registration meanwhile: 9 s by default, 3 s here
        props.put("broker.session.timeout.ms", "3000");
        props.put("broker.heartbeat.interval.ms", "500");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");

        if (settings.saslEnabled()) {
            putSasl(props, settings.sasl());
        }
        props.putAll(settings.brokerProperties());
        return props;
    }

    private static void putSasl(SortedMap<String, String> props, BrokerSettings.SaslUsers sasl) {
        String prefix = "listener.name." + CLIENT_LISTENER.toLowerCase(Locale.ROOT) + ".";
        props.put("sasl.enabled.mechanisms", SASL_MECHANISMS);
        props.put(prefix + "sasl.enabled.mechanisms", SASL_MECHANISMS);
        props.put("sasl.mechanism.inter.broker.protocol", INTER_BROKER_MECHANISM);

        StringBuilder plain = new StringBuilder(PLAIN_LOGIN_MODULE)
                .append(" required")
                .append(" username=")
                .append(jaasQuote(sasl.adminUser()))
                .append(" password=")
                .append(jaasQuote(sasl.adminPassword()));
        new TreeMap<>(sasl.users())
                .forEach((user, password) -> plain.append(" user_")
                        .append(validUserName(user))
                        .append('=')
                        .append(jaasQuote(password)));
        props.put(prefix + "plain.sasl.jaas.config", plain.append(';').toString());

        // SCRAM credentials live in the metadata log; the broker adds them after it starts
        String scram = SCRAM_LOGIN_MODULE + " required;";
        props.put(prefix + "scram-sha-256.sasl.jaas.config", scram);
        props.put(prefix + "scram-sha-512.sasl.jaas.config", scram);
    }

    /** The {@code sasl.jaas.config} a client uses to log in with {@code mechanism}. */
    static String clientJaasConfig(String mechanism, String user, String password) {
        String module =
                mechanism.toUpperCase(Locale.ROOT).startsWith("SCRAM-") ? SCRAM_LOGIN_MODULE : PLAIN_LOGIN_MODULE;
        return module + " required username=" + jaasQuote(user) + " password=" + jaasQuote(password) + ";";
    }

    static String validUserName(String user) {
        if (!USER_NAME.matcher(user).matches()) {
            throw new IllegalArgumentException(
                    "SASL user names must match " + USER_NAME.pattern() + " to fit a JAAS option name: " + user);
        }
        return user;
    }

    /** A JAAS option value: quoted, with backslash escapes as {@code StreamTokenizer} reads them. */
    static String jaasQuote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("SASL names and passwords cannot hold control characters");
            }
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * The file text, sorted by key, in the escaped ISO-8859-1-safe form that
     * {@link java.util.Properties#load(java.io.InputStream)} (and so Kafka) reads back exactly.
     */
    static String render(Map<String, String> props) {
        StringBuilder text = new StringBuilder("# written by io.wirestream.local.LocalKafkaBroker on every start\n");
        new TreeMap<>(props)
                .forEach((key, value) -> text.append(escape(key, true))
                        .append('=')
                        .append(escape(value, false))
                        .append('\n'));
        return text.toString();
    }

    private static String escape(String s, boolean key) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
