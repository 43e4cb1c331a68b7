package com.pinfleet.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Starts the server jar with {@code -Xmx256m} on a fresh data directory, fills it with a fleet (10,000
 * accounts in 300 nested categories, imported in one request), then measures with 8 concurrent clients
 * the throughput of {@code GET /healthz} and of a filtered, searched account listing, and prints the
 * figures. It decides nothing: it reports.
 *
 * <p>Each figure is measured in three rounds that take turns, so that a machine busy for a while weighs on
 * all of them alike; the medians are printed.
 *
 * <p>Usage: {@code java -cp benchmark/target/classes:<jackson> com.pinfleet.benchmark.FleetBenchmark
 * <pinfleet.jar> [seconds per measurement]}; {@code ./pinfleet bench} does this.
 */
public final class FleetBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ACCOUNTS = 10_000;
    private static final int CLIENTS = 8;
    private static final String PASSWORD = "benchmark-password";
    private static final int ROUNDS = 3;
    private static final int WARM_UP_SECONDS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String apiKey;

    private FleetBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: FleetBenchmark <pinfleet.jar> [seconds per measurement]");
        }
        Path jar = Path.of(args[0]);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int port = freePort();
        Path dataDir = Files.createTempDirectory("pinfleet-bench");
        Process server = startServer(jar, port, dataDir);
        try {
            new FleetBenchmark(port).run(seconds, server);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static Process startServer(Path jar, int port, Path dataDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--port",
                Integer.toString(port), "--host", "127.0.0.1", "--data-dir", dataDir.toString());
        builder.environment().put("PINFLEET_ADMIN_PASSWORD", PASSWORD);
        builder.redirectErrorStream(true);
        builder.redirectOutput(dataDir.resolve("server.log").toFile());
        return builder.start();
    }

    private void run(int seconds, Process server) throws Exception {
        awaitHealthy(server);
        login();
        List<Long> categories = createCategories();
        long importMillis = importAccounts(categories);
        long topLevel = categories.getFirst();
        String listing = "/api/accounts?per_page=200&category_id=" + topLevel + "&search=";
        List<String> narrow = IntStream.rangeClosed(0, 9).mapToObj(digit -> listing + "fleet_0" + digit).toList();
        List<String> broad = IntStream.rangeClosed(1, 9).mapToObj(digit -> listing + digit).toList();
        List<String> health = List.of("/healthz");

        for (List<String> paths : List.of(health, narrow, broad)) {
            measure(paths, WARM_UP_SECONDS, server);
        }
        Rate[] healthRates = new Rate[ROUNDS];
        Rate[] narrowRates = new Rate[ROUNDS];
        Rate[] broadRates = new Rate[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            healthRates[round] = measure(health, seconds, server);
            narrowRates[round] = measure(narrow, seconds, server);
            broadRates[round] = measure(broad, seconds, server);
        }

        System.out.printf(Locale.ROOT, "accounts imported in one request: %d in %.2f s%n", ACCOUNTS,
                importMillis / 1000.0);
        System.out.printf(Locale.ROOT, "GET /healthz: %.0f requests/s (median of %d rounds of %d s, %d clients),"
                + " %.0f us of server CPU each%n", median(healthRates, Rate::perSecond), ROUNDS, seconds, CLIENTS,
                median(healthRates, Rate::serverCpuMicros));
        report("narrow searches", narrow, narrowRates, healthRates);
        report("broad searches", broad, broadRates, healthRates);
        System.out.printf(Locale.ROOT, "server heap limit:   -Xmx256m, still serving: %s%n",
                server.isAlive() && getJson("/healthz").get("status").asText().equals("ok"));
    }

    /**
     * Prints the listings' median throughput, the median of its ratio to /healthz round by round, and the
     * server's CPU time per answer, which the other processes on the machine disturb less than the throughput.
     */
    private void report(String name, List<String> listings, Rate[] rates, Rate[] health) throws IOException {
        IntSummaryStatistics onPage = new IntSummaryStatistics();
        IntSummaryStatistics matching = new IntSummaryStatistics();
        IntSummaryStatistics kib = new IntSummaryStatistics();
        for (String listing : listings) {
            JsonNode sample = getJson(listing);
            onPage.accept(sample.get("accounts").size());
            matching.accept(sample.get("total").asInt());
            kib.accept(JSON.writeValueAsBytes(sample).length / 1024);
        }
        Rate[] ratios = new Rate[rates.length];
        for (int i = 0; i < rates.length; i++) {
            ratios[i] = new Rate(rates[i].perSecond() / health[i].perSecond(), 0);
        }
        String first = listings.getFirst();
        System.out.printf(Locale.ROOT, "GET %s ... %s%n  (%d %s in turn: %s accounts on the page, %s match,"
                        + " %s KiB): %.0f requests/s, %.2f of /healthz (target at least 0.25),"
                        + " %.0f us of server CPU each%n",
                first, first.substring(first.lastIndexOf('=') + 1), listings.size(), name, range(onPage),
                range(matching), range(kib), median(rates, Rate::perSecond), median(ratios, Rate::perSecond),
                median(rates, Rate::serverCpuMicros));
    }

    private static String range(IntSummaryStatistics figures) {
        return figures.getMin() == figures.getMax() ? Integer.toString(figures.getMin())
                : figures.getMin() + "-" + figures.getMax();
    }

    /** Answers a second, and the server's CPU time per answer in microseconds. */
    private record Rate(double perSecond, double serverCpuMicros) {
    }

    private static double median(Rate[] rates, ToDoubleFunction<Rate> figure) {
        double[] sorted = Arrays.stream(rates).mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private void awaitHealthy(Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped while starting");
            }
            try {
                if (send(request("/healthz").GET()).statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the server did not become healthy within 60 s");
    }

    private void login() throws IOException {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD)));
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("pinfleet_session="))
                .map(value -> value.substring(0, value.indexOf(';'))).findFirst().orElseThrow();
        String csrf = JSON.readTree(login.body()).get("csrf_token").asText();
        HttpResponse<String> key = send(HttpRequest.newBuilder(URI.create(base + "/api/settings/api-key/regenerate"))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.noBody()));
        apiKey = JSON.readTree(key.body()).get("api_key").asText();
    }

    /** 300 categories: 12 at the top, 4 under each, 5 under each of those. */
    private List<Long> createCategories() throws IOException {
        List<Long> ids = new ArrayList<>();
        for (int top = 0; top < 12; top++) {
            long topId = createCategory("Region " + top, null);
            ids.add(topId);
            for (int middle = 0; middle < 4; middle++) {
                long middleId = createCategory("Team " + top + "." + middle, topId);
                ids.add(middleId);
                for (int leaf = 0; leaf < 5; leaf++) {
                    ids.add(createCategory("Group " + top + "." + middle + "." + leaf, middleId));
                }
            }
        }
        return ids;
    }

    private long createCategory(String name, Long parentId) throws IOException {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parent_id", parentId);
        return postJson("/api/categories", body).get("category").get("id").asLong();
    }

    private long importAccounts(List<Long> categories) throws IOException {
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(Map.of("username", String.format(Locale.ROOT, "fleet_%05d", i),
                    "category_id", categories.get(i % categories.size())));
        }
        long started = System.nanoTime();
        JsonNode answer = postJson("/api/accounts/bulk-import", Map.of("accounts", accounts));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (answer.get("imported").asInt() != ACCOUNTS) {
            throw new IllegalStateException("the import answered " + answer);
        }
        return millis;
    }

    /**
     * Requests per second with {@link #CLIENTS} clients sending back to back, each request to the next of
     * {@code paths} in turn, so that no answer is the same as the one before it. Like any load generator the
     * clients read each answer to its end but keep only its status, so that the measure is of the server
     * rather than of decoding answers on the same machine.
     */
    private Rate measure(List<String> paths, int seconds, Process server) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong sent = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    String path = paths.get((int) (sent.getAndIncrement() % paths.size()));
                    int status = send(request(path).GET(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status == 200 ? done : failed).incrementAndGet();
                }
            }));
        }
        long started = System.nanoTime();
        Duration cpuBefore = serverCpu(server);
        long doneBefore = done.get();
        Thread.sleep(Duration.ofSeconds(seconds).toMillis());
        Duration cpu = serverCpu(server).minus(cpuBefore);
        long answered = done.get() - doneBefore;
        running.set(false);
        long elapsed = System.nanoTime() - started;
        for (Thread client : clients) {
            client.join();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " requests to " + paths.getFirst() + " failed");
        }
        return new Rate(done.get() / (elapsed / 1e9), cpu.toNanos() / 1e3 / Math.max(answered, 1));
    }

    private static Duration serverCpu(Process server) {
        return server.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not report a process's CPU time"));
    }

    private JsonNode getJson(String path) throws IOException {
        return JSON.readTree(send(request(path).GET()).body());
    }

    private JsonNode postJson(String path, Object body) throws IOException {
        return JSON.readTree(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))).body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return apiKey == null ? builder : builder.header("Authorization", "Bearer " + apiKey);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
