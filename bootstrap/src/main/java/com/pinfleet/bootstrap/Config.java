package com.pinfleet.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's settings, each from a flag or its environment variable (the flag wins), else its default.
 *
 * @param dbUrl         the JDBC URL, or null for the embedded H2 file in the data directory
 * @param adminPassword the first admin's password, or null to generate one on first start
 * @param masterKey     the master key as base64, or null to keep it in a key file in the data directory
 * @param simSeed       the seed of the simulated Pinterest
 * @param simMissingPins the share of pins the simulated Pinterest says no longer exist
 */
public record Config(int port, String host, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                     String pinterest, String adminUser, String adminPassword, String masterKey, long simSeed,
                     double simMissingPins) {

    /** A setting: its flag, its environment variable and its default. */
    private record Setting(String flag, String variable, String fallback, String help) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("--port", "PINFLEET_PORT", "5000", "port to listen on"),
            new Setting("--host", "PINFLEET_HOST", "0.0.0.0", "address to listen on"),
            new Setting("--data-dir", "PINFLEET_DATA_DIR", "./data", "where the H2 database and master key live"),
            new Setting("--db-url", "PINFLEET_DB_URL", null, "JDBC URL (default: H2 file in the data dir)"),
            new Setting("--db-user", "PINFLEET_DB_USER", null, "database user"),
            new Setting("--db-password", "PINFLEET_DB_PASSWORD", null, "database password"),
            new Setting("--pinterest", "PINFLEET_PINTEREST", "sim", "sim (simulated Pinterest) or api (API v5)"),
            new Setting(null, "PINFLEET_ADMIN_USER", "admin", "login of the first admin"),
            new Setting(null, "PINFLEET_ADMIN_PASSWORD", null, "password of the first admin (default: generated)"),
            new Setting(null, "PINFLEET_MASTER_KEY", null, "master key, base64 (default: key file in the data dir)"),
            new Setting("--sim-seed", "PINFLEET_SIM_SEED", "1", "seed of the simulated Pinterest"),
            new Setting("--sim-missing-pins", "PINFLEET_SIM_MISSING_PINS", "0.05",
                    "share of pins the simulated Pinterest says no longer exist (0 to 1)"));

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException naming the flag or variable at fault
     */
    public static Config parse(String[] args, Map<String, String> environment) {
        Map<String, String> flags = flags(args);
        Map<String, String> values = new HashMap<>();
        for (Setting setting : SETTINGS) {
            String value = setting.flag() != null && flags.containsKey(setting.flag()) ? flags.remove(setting.flag())
                    : environment.getOrDefault(setting.variable(), setting.fallback());
            values.put(setting.variable(), value == null || value.isBlank() ? setting.fallback() : value);
        }
        if (!flags.isEmpty()) {
            throw new IllegalArgumentException("unknown option " + flags.keySet().iterator().next()
                    + " (see --help)");
        }
        String pinterest = values.get("PINFLEET_PINTEREST").toLowerCase(Locale.ROOT);
        if (!pinterest.equals("sim") && !pinterest.equals("api")) {
            throw new IllegalArgumentException("--pinterest must be sim or api, not " + pinterest);
        }
        double missing = number(values, "PINFLEET_SIM_MISSING_PINS", "--sim-missing-pins");
        if (missing < 0 || missing > 1) {
            throw new IllegalArgumentException("--sim-missing-pins must be between 0 and 1, not " + missing);
        }
        int port = (int) number(values, "PINFLEET_PORT", "--port");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        return new Config(port, values.get("PINFLEET_HOST"), Path.of(values.get("PINFLEET_DATA_DIR")),
                values.get("PINFLEET_DB_URL"), values.get("PINFLEET_DB_USER"), values.get("PINFLEET_DB_PASSWORD"),
                pinterest, values.get("PINFLEET_ADMIN_USER"), values.get("PINFLEET_ADMIN_PASSWORD"),
                values.get("PINFLEET_MASTER_KEY"), (long) number(values, "PINFLEET_SIM_SEED", "--sim-seed"), missing);
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + " (see --help)");
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                flags.put(arg.substring(0, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                flags.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
        }
        return flags;
    }

    private static double number(Map<String, String> values, String variable, String flag) {
        String raw = values.get(variable);
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " (" + variable + ") must be a number, not '" + raw + "'");
        }
    }

    /** The usage text of {@code --help}. */
    public static String usage() {
        StringBuilder text = new StringBuilder("Usage: java -jar pinfleet.jar [options]\n\n");
        for (Setting setting : SETTINGS) {
            String name = setting.flag() == null ? "" : setting.flag() + " <value>";
            text.append(String.format("  %-28s %-26s %s%s%n", name, setting.variable(), setting.help(),
                    setting.fallback() == null ? "" : " [" + setting.fallback() + "]"));
        }
        return text.toString();
    }

    /** The JDBC URL in use: the given one, or the embedded H2 file. */
    public String jdbcUrl(String embeddedUrl) {
        return dbUrl == null ? embeddedUrl : dbUrl;
    }

    /** The database URL with any password in it masked. */
    public String maskedDbUrl() {
        return dbUrl == null ? "embedded H2" : dbUrl.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    @Override
    public String toString() {
        return "port=" + port + " host=" + host + " data-dir=" + dataDir + " db=" + maskedDbUrl()
                + (dbUser == null ? "" : " db-user=" + dbUser)
                + " pinterest=" + pinterest + (pinterest.equals("sim") ? " (seed " + simSeed + ", missing pins "
                + simMissingPins + ")" : "") + " admin=" + adminUser
                + " master-key=" + (masterKey == null ? "key file" : "from PINFLEET_MASTER_KEY");
    }
}
