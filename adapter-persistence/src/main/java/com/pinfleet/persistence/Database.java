package com.pinfleet.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * The connection pool and JDBI over H2 or PostgreSQL, with the schema migrated to the latest version. A write
 * refused because of a concurrent change fails with a {@link StoredDataConflict}.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.setHandleCallbackDecorator(new ConflictTranslation());
    }

    /** Binds instants as UTC offset date-times, which H2 and PostgreSQL store and return alike. */
    private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
        }
    }

    /** Opens the pool and applies every pending migration. */
    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("pinfleet");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    /**
     * The embedded H2 database file in the data directory, speaking PostgreSQL's dialect.
     *
     * <p>Each commit is written to the file before it returns: by default H2 writes commits in the background
     * up to a second later, and a process killed meanwhile loses them, saves Pinterest has made included, which
     * the next session would then make again. A statement waits up to 10 seconds (H2 gives up after 2) for a
     * row another transaction holds, such as an account an upload is writing 100,000 rows for, as PostgreSQL
     * waits too.
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("pinfleet").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64"
                + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Which database this is, for the start-up line: "H2" or "PostgreSQL". */
    public String productName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
