package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.account.NewAccount;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the embedded database has committed survives the process being killed right after. */
class CrashDurabilityTest {

    private static final int ACCOUNTS = 20;

    @TempDir
    Path dataDir;

    @Test
    void commits_survive_a_process_killed_at_once_after_them() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriteThenDie.class.getName(), dataDir.toString())
                .inheritIO()
                .start();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).isEqualTo(WriteThenDie.KILLED);

        try (Database reopened = Database.open(Database.embeddedUrl(dataDir), null, null)) {
            assertThat(new JdbiAccountRepository(reopened.jdbi()).countsByCategory().total()).isEqualTo(ACCOUNTS);
        }
    }

    /** Commits accounts one by one and halts the process without any shutdown, as a kill -9 would. */
    static final class WriteThenDie {

        static final int KILLED = 137;

        public static void main(String[] args) {
            Database database = Database.open(Database.embeddedUrl(Path.of(args[0])), null, null);
            JdbiAccountRepository accounts = new JdbiAccountRepository(database.jdbi());
            for (int i = 0; i < ACCOUNTS; i++) {
                accounts.add(new NewAccount(new Username("crash_" + i), null, ProxyMode.DIRECT, null,
                        AuthStatus.NEEDS_AUTH, Instant.now()));
            }
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
