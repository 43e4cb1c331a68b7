package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.account.NewAccount;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiUnitOfWorkTest extends OnBothDatabases {

    private static final Instant NOW = Instant.parse("2024-05-20T10:15:30Z");

    private JdbiUnitOfWork unitOfWork;
    private JdbiSettingsRepository settings;
    private JdbiAccountRepository accounts;
    private JdbiAccountSecretRepository secrets;

    @BeforeEach
    void repositories() {
        unitOfWork = new JdbiUnitOfWork(jdbi());
        settings = new JdbiSettingsRepository(jdbi());
        accounts = new JdbiAccountRepository(jdbi());
        secrets = new JdbiAccountSecretRepository(jdbi());
    }

    @Test
    void the_work_of_several_repositories_is_stored_together_and_its_result_returned() {
        long id = unitOfWork.inTransaction(() -> {
            settings.put("a", "1");
            long account = accounts.add(newAccount("owner")).id();
            secrets.put(account, "cookies", new byte[] {1}, NOW);
            return account;
        });

        assertThat(settings.find("a")).contains("1");
        assertThat(accounts.findById(id)).isPresent();
        assertThat(secrets.find(id, "cookies")).isPresent();
    }

    @Test
    void work_that_fails_stores_nothing_not_even_what_repositories_did_in_their_own_transactions() {
        long existing = addAccount("existing");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
            settings.put("a", "1");
            accounts.add(newAccount("owner"));
            secrets.put(existing, "cookies", new byte[] {1}, NOW);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(settings.find("a")).isEmpty();
        assertThat(accounts.find(new Username("owner"))).isEmpty();
        assertThat(secrets.find(existing, "cookies")).isEmpty();
    }

    @Test
    void a_conflict_inside_the_work_undoes_what_came_before_it() {
        addAccount("taken");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
            settings.put("a", "1");
            accounts.add(newAccount("TAKEN"));
        })).isInstanceOf(ConflictException.class);

        assertThat(settings.find("a")).isEmpty();
        assertThat(accounts.countsByCategory().total()).isEqualTo(1);
    }

    @Test
    void what_the_work_wrote_is_unseen_by_other_connections_until_it_ends() {
        String[] seenByOthers = new String[1];

        unitOfWork.run(() -> {
            settings.put("a", "1");
            try (Database other = db.reopen()) {
                seenByOthers[0] = new JdbiSettingsRepository(other.jdbi()).find("a").orElse("nothing");
            }
        });

        assertThat(seenByOthers[0]).isEqualTo("nothing");
        assertThat(settings.find("a")).contains("1");
    }

    private static NewAccount newAccount(String username) {
        return new NewAccount(new Username(username), null, ProxyMode.DIRECT, null, AuthStatus.CONNECTED, NOW);
    }
}
