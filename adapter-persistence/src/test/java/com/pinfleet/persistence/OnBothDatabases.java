package com.pinfleet.persistence;

import com.pinfleet.application.account.NewAccount;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A contract test: every test of a subclass runs once on H2 and once on PostgreSQL, each time on a fresh,
 * migrated database of its own. A PostgreSQL server that cannot be reached fails the PostgreSQL runs.
 * Maven's reports number the runs in {@link TestDatabase.Kind} order: {@code [1]} is H2, {@code [2]} PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
public abstract class OnBothDatabases {

    @Parameter
    protected TestDatabase.Kind kind;

    @TempDir
    protected Path tempDir;

    protected TestDatabase db;

    @BeforeEach
    final void openFreshDatabase() {
        db = TestDatabase.create(kind, tempDir);
    }

    @AfterEach
    final void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    protected Jdbi jdbi() {
        return db.jdbi();
    }

    /**
     * Runs {@code work} on this database through a second pool whose connections were opened while the JVM's
     * default time zone was {@code zone}, as on a server outside UTC; the default zone is restored after.
     */
    protected <T> T inJvmTimeZone(String zone, Function<Jdbi, T> work) {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try (Database elsewhere = db.reopen()) {
            return work.apply(elsewhere.jdbi());
        } finally {
            TimeZone.setDefault(original);
        }
    }

    /** Stores a connected, uncategorized account without a proxy and returns its id. */
    protected long addAccount(String username) {
        return new JdbiAccountRepository(jdbi()).add(new NewAccount(new Username(username), null, ProxyMode.DIRECT,
                null, AuthStatus.CONNECTED, Instant.parse("2024-01-01T00:00:00Z"))).id();
    }

    /** The single number a query such as {@code select count(*) ...} answers. */
    protected long number(String query) {
        return jdbi().withHandle(handle -> handle.createQuery(query).mapTo(Long.class).one());
    }
}
