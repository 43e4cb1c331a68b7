package com.pinfleet.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** A real Pinfleet server for tests: H2 in a temporary data directory, the simulated Pinterest, a free port. */
final class RunningServer implements AutoCloseable {

    static final String ADMIN_PASSWORD = "correct-horse-battery";

    private final Path dataDir;
    private final Map<String, String> environment;
    private Pinfleet server;
    private String apiKey;

    private RunningServer(Path dataDir, Map<String, String> environment) {
        this.dataDir = dataDir;
        this.environment = environment;
        this.server = Pinfleet.start(config(0), Clock.systemDefaultZone(), new Random(7));
    }

    /** A server whose simulated Pinterest has every pin, so outcomes do not depend on luck. */
    static RunningServer start(Path dataDir) {
        return start(dataDir, Map.of("PINFLEET_SIM_MISSING_PINS", "0"));
    }

    static RunningServer start(Path dataDir, Map<String, String> environment) {
        return new RunningServer(dataDir, environment);
    }

    private Config config(int port) {
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("PINFLEET_ADMIN_PASSWORD", ADMIN_PASSWORD);
        String[] args = {"--port", Integer.toString(port), "--host", "127.0.0.1", "--data-dir", dataDir.toString()};
        return Config.parse(args, variables);
    }

    int port() {
        return server.port();
    }

    /** A client with no credentials. */
    ApiClient anonymous() {
        return new ApiClient(port());
    }

    /** A client authenticated with the API key, made on first use by logging in. */
    ApiClient admin() {
        if (apiKey == null) {
            ApiClient browser = loggedIn();
            apiKey = browser.post("/api/settings/api-key/regenerate").get("api_key").asText();
        }
        return new ApiClient(port()).withApiKey(apiKey);
    }

    /** A client holding a browser session: its cookie and CSRF token sent as a browser page would. */
    ApiClient loggedIn() {
        ApiClient client = anonymous();
        ApiClient.Answer login = client.postForm("/auth/login", "username=admin&password=" + ADMIN_PASSWORD);
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login.text());
        }
        String cookie = login.allHeaders("Set-Cookie").stream()
                .filter(header -> header.startsWith("pinfleet_session="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .findFirst().orElseThrow();
        return client.withHeader("Cookie", cookie).withHeader("X-CSRF-Token", login.get("csrf_token").asText());
    }

    /** Stops the server and starts a new one on the same data directory and port, as after an upgrade. */
    void restart() {
        int port = server.port();
        server.close();
        server = Pinfleet.start(config(port), Clock.systemDefaultZone(), new Random(7));
    }

    Path dataDir() {
        return dataDir;
    }

    static String sample(String path) {
        return new String(sampleBytes(path), StandardCharsets.UTF_8);
    }

    static byte[] sampleBytes(String path) {
        try (InputStream in = RunningServer.class.getResourceAsStream("/samples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
