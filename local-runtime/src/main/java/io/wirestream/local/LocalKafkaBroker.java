package io.wirestream.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one process) running as
 * a child JVM, for the demo, the {@code local} command and integration tests.
 *
 * <pre>{@code
 * try (LocalKafkaBroker kafka = LocalKafkaBroker.builder().start()) {
 *     kafka.createTopic("raw-articles", 3, Map.of());
 *     Producer<String, String> producer = new KafkaProducer<>(kafka.clientProperties(), ...);
 * }
 * }</pre>
 *
 * <p>The data directory holds {@code server.properties}, the partitions under {@code kafka-logs/}
 * and everything the broker JVM prints in {@code broker.log}. The child never outlives this JVM: a
 * shutdown hook kills it on exit or Ctrl-C, and the child itself exits when its parent disappears
 * (SIGKILL included).
 *
 * <p>Thread-safe: lifecycle methods are serialized.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** The SASL user that {@link #clientProperties()} and the broker itself authenticate as. */
    public static final String ADMIN_USER = "admin";

    /**
     * The broker JVM's default options: C1 only and the serial collector roughly halve the CPU a
     * start costs (about 2.7 s instead of 4.9 s measured here), which is what a laptop or a CI
     * runner running many tests notices; a local broker never needs C2's peak throughput.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    static final String BROKER_LOG = "broker.log";
    static final String SERVER_PROPERTIES = "server.properties";
    static final String LOG_DIR = "kafka-logs";
    static final String STATE_FILE = "local-broker.properties";
    static final String LOGBACK_CONFIG = "broker-logback.xml";
    static final String LOG4J2_CONFIG = "broker-log4j2.properties";

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration SHUTDOWN_HOOK_STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final int LOG_TAIL_LINES = 40;
    private static final int SCRAM_ITERATIONS = 4096;
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    private BrokerSettings settings;
    private final Thread shutdownHook;
    private volatile Process process;
    private long lastPid = -1;
    private String clusterId;
    private boolean closed;

    private LocalKafkaBroker(BrokerSettings settings) {
        this.settings = settings;
        this.shutdownHook = new Thread(this::killOnJvmExit, "wirestream-local-kafka-shutdown");
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Starts the broker again on the same ports and data directory, stopping it first if it runs.
     * Clients configured with {@link #bootstrapServers()} reconnect on their own.
     */
    public synchronized void restart() {
        requireOpen();
        stop();
        launch();
    }

    /**
     * Stops the broker gracefully (SIGTERM, then SIGKILL after 15 s) and keeps its data, so that
     * {@link #restart()} can bring it back. Does nothing if it is not running.
     */
    public synchronized void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        try {
            terminate(running, STOP_TIMEOUT);
        } finally {
            process = null;
        }
    }

    /** Kills the broker with SIGKILL, as a crash would; {@link #restart()} recovers it. */
    public synchronized void kill() {
        Process running = process;
        if (running == null) {
            return;
        }
        running.destroyForcibly();
        awaitExit(running, STOP_TIMEOUT);
        process = null;
        log.info("Killed local Kafka broker (pid {})", running.pid());
    }

    /** Stops the broker and deletes the data directory unless the user chose it. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            removeShutdownHook();
            if (!settings.keepDataDir()) {
                deleteRecursively(settings.dataDir());
            }
        }
    }

    // ---------------------------------------------------------------- state

    /** {@code host:port} of the client listener. Stable across restarts. */
    public String bootstrapServers() {
        return ServerProperties.hostPort(settings.host(), settings.port());
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    /** Everything the broker JVM printed, across restarts. */
    public Path logFile() {
        return settings.dataDir().resolve(BROKER_LOG);
    }

    public synchronized String clusterId() {
        return clusterId;
    }

    /** The process id of the running broker, or of the last one if it was stopped. */
    public synchronized long pid() {
        if (lastPid < 0) {
            throw new IllegalStateException("the broker has not been started");
        }
        return lastPid;
    }

    public boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /**
     * Settings for any Kafka client to reach this broker: {@code bootstrap.servers} and, when SASL
     * is on, the {@value #ADMIN_USER} user's PLAIN login. Immutable; copy it to add settings.
     */
    public Map<String, Object> clientProperties() {
        if (!settings.saslEnabled()) {
            return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        }
        BrokerSettings.SaslUsers sasl = settings.sasl();
        return clientProperties(sasl.adminUser(), sasl.adminPassword(), ServerProperties.INTER_BROKER_MECHANISM);
    }

    /**
     * Settings for a client that logs in as {@code user} with {@code mechanism} ({@code PLAIN},
     * {@code SCRAM-SHA-256} or {@code SCRAM-SHA-512}). Only for a broker started with
     * {@link Builder#saslPlain(Map)}.
     */
    public Map<String, Object> clientProperties(String user, String password, String mechanism) {
        if (!settings.saslEnabled()) {
            throw new IllegalStateException("this broker's client listener is PLAINTEXT; start it with saslPlain(...)");
        }
        return Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM,
                mechanism,
                SaslConfigs.SASL_JAAS_CONFIG,
                ServerProperties.clientJaasConfig(mechanism, user, password));
    }

    // ---------------------------------------------------------------- topics

    /** Creates topics with one partition each and waits until every partition has a leader. */
    public void createTopics(String... names) {
        createTopics(Stream.of(names)
                .map(name -> new NewTopic(name, Optional.of(1), Optional.empty()))
                .toList());
    }

    /** Creates a topic and waits until every partition has a leader. */
    public void createTopic(String name, int partitions, Map<String, String> config) {
        createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(config)));
    }

    /**
     * Creates topics (replication factor left empty means the broker default of 1) and waits until
     * every partition has a leader, so clients do not race the metadata.
     */
    public void createTopics(Collection<NewTopic> topics) {
        Set<String> names = topics.stream().map(NewTopic::name).collect(Collectors.toSet());
        Instant deadline = Instant.now().plus(ADMIN_TIMEOUT);
        try (Admin admin = Admin.create(adminProperties())) {
            admin.createTopics(topics).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            while (!allPartitionsLed(admin, names)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("topics " + names + " have no leaders after " + ADMIN_TIMEOUT);
                }
                TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics " + names, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + names + ": " + e.getMessage(), e);
        }
    }

    private static boolean allPartitionsLed(Admin admin, Set<String> names)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> descriptions;
        try {
            descriptions =
                    admin.describeTopics(names).allTopicNames().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw e;
        }
        return descriptions.values().stream()
                .flatMap(description -> description.partitions().stream())
                .map(TopicPartitionInfo::leader)
                .allMatch(leader -> leader != null && !leader.isEmpty());
    }

    // ---------------------------------------------------------------- starting

    private synchronized void launch() {
        requireOpen();
        Instant deadline = Instant.now().plus(settings.startupTimeout());
        Path dataDir = settings.dataDir();
        Path logDir = dataDir.resolve(LOG_DIR);
        try {
            Files.createDirectories(logDir);
            Properties previous = readProperties(dataDir.resolve(STATE_FILE));
            boolean formatted = Files.exists(logDir.resolve("meta.properties"));
            settings = withPorts(settings, previous, formatted);

            Path serverProperties = dataDir.resolve(SERVER_PROPERTIES);
            Files.writeString(
                    serverProperties,
                    ServerProperties.render(ServerProperties.of(settings, logDir)),
                    StandardCharsets.ISO_8859_1);
            copyResource(LOGBACK_CONFIG, dataDir);
            copyResource(LOG4J2_CONFIG, dataDir);

            if (formatted) {
                clusterId = readProperties(logDir.resolve("meta.properties")).getProperty("cluster.id");
            } else {
                clusterId = Optional.ofNullable(previous.getProperty("cluster.id"))
                        .orElseGet(() -> Uuid.randomUuid().toString());
                format(serverProperties, deadline);
            }
            writeState();

            appendToLog(
                    "starting broker: " + bootstrapServers() + " (controller port " + settings.controllerPort() + ")");
            Instant launched = Instant.now();
            ProcessBuilder builder = new ProcessBuilder(javaCommand(
                            settings.heap(),
                            settings.jvmOptions(),
                            ChildBrokerMain.class.getName(),
                            List.of(String.valueOf(ProcessHandle.current().pid()), serverProperties.toString())))
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
            installShutdownHook();
            Process child = builder.start();
            process = child;
            lastPid = child.pid();
            awaitReady(child, deadline);
            if (settings.saslEnabled()) {
                addScramCredentials(deadline);
            }
            log.info(
                    "Local Kafka broker ready at {} in {} ms (pid {}, data {})",
                    bootstrapServers(),
                    Duration.between(launched, Instant.now()).toMillis(),
                    child.pid(),
                    dataDir);
        } catch (IOException e) {
            throw failStart("cannot start the broker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failStart("interrupted while starting the broker", e);
        } catch (RuntimeException e) {
            killQuietly();
            throw e;
        }
    }

    private static BrokerSettings withPorts(BrokerSettings settings, Properties previous, boolean formatted) {
        if (settings.port() != 0 && settings.controllerPort() != 0) {
            return settings;
        }
        List<Integer> fresh = FreePorts.pick(settings.host(), 2);
        int controllerPort = settings.controllerPort();
        if (controllerPort == 0) {
            // a formatted standalone quorum has its controller endpoint in the metadata log: keep it
            int previousPort = intProperty(previous, "controller.port");
            controllerPort = formatted && previousPort > 0 ? previousPort : fresh.get(0);
        }
        int port = settings.port();
        if (port == 0) {
            int previousPort = intProperty(previous, "port");
            boolean reusable = previousPort > 0
                    && previousPort != controllerPort
                    && FreePorts.isFree(settings.host(), previousPort);
            int other = controllerPort;
            port = reusable
                    ? previousPort
                    : fresh.stream().filter(p -> p != other).findFirst().orElseThrow();
        }
        return settings.withPorts(port, controllerPort);
    }

    private void format(Path serverProperties, Instant deadline) throws IOException, InterruptedException {
        appendToLog("formatting storage for cluster " + clusterId);
        Process formatter = new ProcessBuilder(javaCommand(
                        "128m",
                        DEFAULT_JVM_OPTIONS,
                        "kafka.tools.StorageTool",
                        List.of("format", "--standalone", "-t", clusterId, "-c", serverProperties.toString())))
                .directory(settings.dataDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (!formatter.waitFor(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS)) {
                throw failStart("formatting the storage took longer than " + settings.startupTimeout(), null);
            }
            if (formatter.exitValue() != 0) {
                throw failStart("formatting the storage failed with exit code " + formatter.exitValue(), null);
            }
        } finally {
            formatter.destroyForcibly();
        }
    }

    private List<String> javaCommand(String heap, List<String> jvmOptions, String mainClass, List<String> args) {
        Path dataDir = settings.dataDir();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-Dlogback.configurationFile=" + dataDir.resolve(LOGBACK_CONFIG));
        command.add("-Dlog4j2.configurationFile=" + dataDir.resolve(LOG4J2_CONFIG));
        command.add("-cp");
        command.add(absoluteClassPath(settings.classPath()));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** The child runs in the data dir, so relative class path entries must be made absolute. */
    static String absoluteClassPath(String classPath) {
        return Stream.of(classPath.split(Pattern.quote(File.pathSeparator), -1))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Waits until the client listener accepts connections and answers DescribeCluster. */
    private void awaitReady(Process broker, Instant deadline) throws InterruptedException {
        while (!accepts(settings.host(), settings.port())) {
            checkRunning(broker, deadline);
            broker.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        Map<String, Object> props = new HashMap<>(adminProperties());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int)
                Math.max(remaining(deadline).toMillis(), 1));
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int)
                Math.max(remaining(deadline).toMillis(), 1));
        try (Admin admin = Admin.create(props)) {
            KafkaFuture<String> described = admin.describeCluster(new DescribeClusterOptions()
                            .timeoutMs((int) Math.max(remaining(deadline).toMillis(), 1)))
                    .clusterId();
            while (true) {
                try {
                    String answeringCluster = described.get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                    if (!answeringCluster.equals(clusterId)) {
                        throw failStart(
                                "another Kafka cluster (" + answeringCluster + ") answers on " + bootstrapServers(),
                                null);
                    }
                    return;
                } catch (TimeoutException e) {
                    checkRunning(broker, deadline);
                } catch (ExecutionException e) {
                    throw failStart("the broker does not answer DescribeCluster: " + e.getCause(), e.getCause());
                }
            }
        }
    }

    private void checkRunning(Process broker, Instant deadline) {
        if (!broker.isAlive()) {
            throw failStart("the broker JVM exited with code " + broker.exitValue() + " while starting", null);
        }
        if (Instant.now().isAfter(deadline)) {
            throw failStart("the broker did not serve requests within " + settings.startupTimeout(), null);
        }
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) POLL_INTERVAL.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * SCRAM credentials live in the metadata log, so they are (re)written on every start; one
     * request per mechanism, as a request may alter each user only once.
     */
    private void addScramCredentials(Instant deadline) {
        try (Admin admin = Admin.create(adminProperties())) {
            for (ScramMechanism mechanism : List.of(ScramMechanism.SCRAM_SHA_256, ScramMechanism.SCRAM_SHA_512)) {
                List<UserScramCredentialAlteration> upserts = new ArrayList<>();
                new TreeMap<>(settings.sasl().users())
                        .forEach((user, password) -> upserts.add(new UserScramCredentialUpsertion(
                                user, new ScramCredentialInfo(mechanism, SCRAM_ITERATIONS), password)));
                admin.alterUserScramCredentials(upserts)
                        .all()
                        .get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failStart("interrupted while adding SCRAM credentials", e);
        } catch (ExecutionException | TimeoutException e) {
            throw failStart("cannot add SCRAM credentials: " + e.getCause(), e);
        }
    }

    private Map<String, Object> adminProperties() {
        Map<String, Object> props = new HashMap<>(clientProperties());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "wirestream-local-broker-admin");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        props.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50);
        return props;
    }

    private BrokerStartException failStart(String reason, Throwable cause) {
        killQuietly();
        String message =
                reason + " (data dir " + settings.dataDir() + "); last lines of " + logFile() + ":\n" + logTail();
        return new BrokerStartException(message, cause);
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    // ---------------------------------------------------------------- stopping

    private static void terminate(Process running, Duration timeout) {
        if (!running.isAlive()) {
            return;
        }
        running.destroy();
        if (!awaitExit(running, timeout)) {
            log.warn("Local Kafka broker (pid {}) ignored SIGTERM for {}; killing it", running.pid(), timeout);
            running.destroyForcibly();
            awaitExit(running, timeout);
        }
        log.info("Stopped local Kafka broker (pid {})", running.pid());
    }

    private static boolean awaitExit(Process running, Duration timeout) {
        try {
            return running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
            return false;
        }
    }

    private void killQuietly() {
        Process running = process;
        if (running != null) {
            running.destroyForcibly();
            awaitExit(running, STOP_TIMEOUT);
            process = null;
        }
    }

    /** The shutdown hook: no lock, because the thread that holds it may be the one exiting. */
    private void killOnJvmExit() {
        Process running = process;
        if (running != null) {
            terminate(running, SHUTDOWN_HOOK_STOP_TIMEOUT);
        }
        if (!settings.keepDataDir()) {
            deleteRecursively(settings.dataDir());
        }
    }

    private void installShutdownHook() {
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalArgumentException alreadyInstalled) {
            // restarts reuse the hook
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it does the same work
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the broker is closed");
        }
    }

    // ---------------------------------------------------------------- files

    private void writeState() throws IOException {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("cluster.id", clusterId);
        state.put("port", String.valueOf(settings.port()));
        state.put("controller.port", String.valueOf(settings.controllerPort()));
        Files.writeString(
                settings.dataDir().resolve(STATE_FILE), ServerProperties.render(state), StandardCharsets.ISO_8859_1);
    }

    private void appendToLog(String line) throws IOException {
        Files.writeString(
                logFile(),
                "---- " + Instant.now() + " wirestream: " + line + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** The last lines of {@code broker.log}, read from its end so a long log costs nothing. */
    String logTail() {
        Path file = logFile();
        if (!Files.exists(file)) {
            return "(no " + BROKER_LOG + ")";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            List<String> lines =
                    new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join(
                    System.lineSeparator(), lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static Properties readProperties(Path file) throws IOException {
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            }
        }
        return props;
    }

    private static int intProperty(Properties props, String key) {
        String value = props.getProperty(key);
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void copyResource(String name, Path dir) throws IOException {
        try (InputStream in = LocalKafkaBroker.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name + " next to " + LocalKafkaBroker.class.getName());
            }
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot delete the broker's temporary data dir {}: {}", dir, e.toString());
        }
    }

    // ---------------------------------------------------------------- builder

    /** Settings for {@link LocalKafkaBroker}; every one has a default. */
    public static final class Builder {

        private Path dataDir;
        private String host = "127.0.0.1";
        private int port;
        private int controllerPort;
        private String heap = "256m";
        private final List<String> jvmOptions = new ArrayList<>(DEFAULT_JVM_OPTIONS);
        private final SortedMap<String, String> brokerProperties = new TreeMap<>();
        private Map<String, String> saslUsers;
        private Duration startupTimeout = Duration.ofSeconds(60);
        private String classPath = System.getProperty("java.class.path");

        private Builder() {}

        /**
         * Where config, storage and {@code broker.log} live; created if missing and kept on close.
         * Reusing a directory reuses its cluster and data. Default: a new temporary directory (under
         * {@code target/} when run from a Maven module), deleted on close.
         */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** The address the listeners bind to and advertise. Default {@code 127.0.0.1}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The client listener port. Default 0: a free port (the previous one for a reused data dir). */
        public Builder port(int port) {
            this.port = checkPort(port);
            return this;
        }

        /** The controller listener port. Default 0: a free port, fixed once the storage is formatted. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = checkPort(controllerPort);
            return this;
        }

        /** The broker JVM's maximum heap, as for {@code -Xmx}. Default {@code 256m}. */
        public Builder heap(String heap) {
            if (!HEAP.matcher(Objects.requireNonNull(heap, "heap")).matches()) {
                throw new IllegalArgumentException("heap must look like 256m or 1g: " + heap);
            }
            this.heap = heap;
            return this;
        }

        /** Adds an option for the broker JVM, after the others (so it wins where they conflict). */
        public Builder jvmOption(String option) {
            jvmOptions.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        /**
         * Replaces the broker JVM's options (default {@link #DEFAULT_JVM_OPTIONS}), for example to
         * choose another garbage collector. {@code -Xmx} comes from {@link #heap(String)}.
         */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.clear();
            options.forEach(this::jvmOption);
            return this;
        }

        /** Sets a {@code server.properties} entry, overriding the defaults. */
        public Builder brokerProperty(String key, String value) {
            brokerProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Makes the client listener SASL_PLAINTEXT with PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512 for
         * these users (name to password). The broker and {@link #clientProperties()} use the
         * {@value #ADMIN_USER} user, with a random password unless {@code users} names one. The
         * controller listener stays PLAINTEXT; no authorizer is configured.
         */
        public Builder saslPlain(Map<String, String> users) {
            users.keySet().forEach(ServerProperties::validUserName);
            users.values().forEach(ServerProperties::jaasQuote);
            Map<String, String> all = new TreeMap<>(users);
            all.computeIfAbsent(ADMIN_USER, user -> randomPassword());
            this.saslUsers = all;
            return this;
        }

        /** How long {@code start()} and {@code restart()} wait for a serving broker. Default 60 s. */
        public Builder startupTimeout(Duration startupTimeout) {
            if (startupTimeout.isNegative() || startupTimeout.isZero()) {
                throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
            }
            this.startupTimeout = startupTimeout;
            return this;
        }

        /**
         * The broker JVM's class path. Default: this JVM's {@code java.class.path}, which must hold
         * Kafka's broker jars (it does wherever this module is a dependency and the JVM was started
         * with its class path, but not, for example, under {@code mvn exec:java}).
         */
        public Builder classPath(String classPath) {
            this.classPath = Objects.requireNonNull(classPath, "classPath");
            return this;
        }

        /**
         * Writes the config, formats the storage if it is new, launches the broker JVM and waits
         * until it serves requests.
         *
         * @throws BrokerStartException if it does not within the startup timeout; the message holds
         *                              the tail of {@code broker.log}
         */
        public LocalKafkaBroker start() {
            boolean keep = dataDir != null;
            Path dir = keep ? dataDir.toAbsolutePath() : newTempDir();
            BrokerSettings.SaslUsers sasl =
                    saslUsers == null ? null : new BrokerSettings.SaslUsers(saslUsers, ADMIN_USER);
            LocalKafkaBroker broker = new LocalKafkaBroker(new BrokerSettings(
                    dir,
                    keep,
                    host,
                    port,
                    controllerPort,
                    heap,
                    jvmOptions,
                    brokerProperties,
                    sasl,
                    startupTimeout,
                    classPath));
            try {
                broker.launch();
            } catch (RuntimeException e) {
                if (!keep) {
                    // keep the evidence: the exception names the directory and quotes its log
                    broker.settings = broker.settings.withKeptDataDir();
                }
                broker.close();
                throw e;
            }
            return broker;
        }

        private static Path newTempDir() {
            try {
                Path target = Path.of("target");
                boolean inModule = Files.isRegularFile(Path.of("pom.xml")) && Files.isDirectory(target);
                Path parent = inModule ? target : Path.of(System.getProperty("java.io.tmpdir"));
                return Files.createTempDirectory(parent, "wirestream-kafka-").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a data dir for the local broker", e);
            }
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            return port;
        }

        private static String randomPassword() {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
