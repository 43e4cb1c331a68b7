package com.pinfleet.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, migrated Pinfleet database of its own for one test: an H2 file in a temporary directory, opened
 * with the production URL, or a PostgreSQL schema with a random name, dropped again on close.
 */
public final class TestDatabase implements AutoCloseable {

    /** The databases Pinfleet runs on. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    /** Where the PostgreSQL tests connect; CI starts a server there. */
    public static final String POSTGRES_URL = System.getenv().getOrDefault("PINFLEET_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private final Kind kind;
    private final String url;
    private final String schema;
    private final Database database;

    private TestDatabase(Kind kind, String url, String schema) {
        this.kind = kind;
        this.url = url;
        this.schema = schema;
        try {
            this.database = Database.open(url, null, null);
        } catch (RuntimeException e) {
            dropSchema();
            throw e;
        }
    }

    /** Creates and migrates an empty database; {@code tempDir} holds H2's file. */
    public static TestDatabase create(Kind kind, Path tempDir) {
        return switch (kind) {
            case H2 -> new TestDatabase(kind, Database.embeddedUrl(tempDir), null);
            case POSTGRESQL -> {
                String schema = "pinfleet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                execute("create schema " + schema);
                yield new TestDatabase(kind, withParameter(POSTGRES_URL, "currentSchema", schema), schema);
            }
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The JDBC URL this database was opened with. */
    public String url() {
        return url;
    }

    /** The PostgreSQL schema it lives in, or null on H2. */
    public String schema() {
        return schema;
    }

    public Database database() {
        return database;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    /** Opens the same database again through a second pool, as another node or a restart would. */
    public Database reopen() {
        return Database.open(url, null, null);
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            dropSchema();
        }
    }

    private void dropSchema() {
        if (schema != null) {
            execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** Runs one statement on the PostgreSQL server outside any test schema. */
    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "PostgreSQL is not usable at %s (%s). The persistence tests need it: start PostgreSQL there "
                            + "or point PINFLEET_TEST_POSTGRES_URL at a server with a database the user may "
                            + "create schemas in.", POSTGRES_URL, e.getMessage()), e);
        }
    }

    private static String withParameter(String url, String name, String value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }
}
