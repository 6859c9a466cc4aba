package io.wirestream.cli;

import io.wirestream.schemas.PipelineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./wirestream} launcher. */
@Command(
        name = "wirestream",
        mixinStandardHelpOptions = true,
        versionProvider = WirestreamCli.Version.class,
        description = "News ingestion and enrichment on Apache Kafka.",
        subcommands = {
            DemoCommand.class,
            LocalCommand.class,
            ProduceCommand.class,
            ProcessCommand.class,
            ConsumeCommand.class,
            VerifyCommand.class,
            EnrichCommand.class,
            ViewCommand.class,
            CommandLine.HelpCommand.class
        })
public final class WirestreamCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; errors are printed as one clear line, not a stack trace. */
    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new WirestreamCli());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("error: " + describe(e));
            if (Boolean.getBoolean("wirestream.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return commandLine.execute(args);
    }

    static String describe(Throwable e) {
        StringBuilder message =
                new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(" (").append(cause.getMessage()).append(')');
            }
        }
        return message.toString();
    }

    /** Version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"wirestream " + PipelineVersion.get()};
        }
    }
}
