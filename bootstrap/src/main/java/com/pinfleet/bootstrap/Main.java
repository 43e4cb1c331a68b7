package com.pinfleet.bootstrap;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Pinfleet from the command line. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream console = System.out;
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            console.print(Config.usage());
            return;
        }
        Config config;
        try {
            config = Config.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("pinfleet: " + e.getMessage());
            System.exit(2);
            return;
        }
        Pinfleet server;
        try {
            server = Pinfleet.start(config, Clock.systemDefaultZone(), new Random());
        } catch (RuntimeException e) {
            LOG.error("Pinfleet could not start", e);
            System.err.println("pinfleet: could not start: " + StartupFailure.explain(e, config));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "pinfleet-shutdown"));
        // Shown on the console only, never logged: it is the one time the generated password can be read.
        server.generatedAdminPassword().ifPresent(password -> console.printf(
                "%nFirst start: log in as '%s' with password %s%nChange it with POST /api/settings/password.%n%n",
                config.adminUser(), password));
    }
}
