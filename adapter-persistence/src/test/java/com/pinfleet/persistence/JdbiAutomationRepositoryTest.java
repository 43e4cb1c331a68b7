package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.AutomationRecord;
import com.pinfleet.domain.automation.AutomationState;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAutomationRepositoryTest extends OnBothDatabases {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2024-05-20");
    private static final Instant NOW = Instant.parse("2024-05-20T10:15:30.123456Z");

    private JdbiAutomationRepository automation;
    private long account;

    @BeforeEach
    void repository() {
        automation = new JdbiAutomationRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void an_account_never_enabled_has_no_automation() {
        assertThat(automation.find(account)).isEmpty();
        assertThat(automation.all()).isEmpty();
    }

    @Test
    void enabling_for_the_first_time_makes_today_day_one_and_starts_sleeping() {
        automation.enable(account, FIRST_DAY, NOW);

        assertThat(automation.find(account)).contains(new AutomationRecord(account, "owner", true, FIRST_DAY,
                AutomationState.SLEEPING, null, null));
    }

    @Test
    void enabling_again_keeps_the_first_day_and_clears_the_error() {
        automation.enable(account, FIRST_DAY, NOW);
        automation.disable(account, NOW);
        automation.report(account, AutomationState.ERROR, null, "token expired", NOW);

        automation.enable(account, FIRST_DAY.plusDays(5), NOW.plusSeconds(86_400 * 5));

        AutomationRecord record = automation.find(account).orElseThrow();
        assertThat(record.saveEnabled()).isTrue();
        assertThat(record.firstEnabledOn()).isEqualTo(FIRST_DAY);
        assertThat(record.error()).isNull();
    }

    @Test
    void enabling_from_several_places_at_once_enables_once() {
        AtOnce.run(8, thread -> () -> {
            automation.enable(account, FIRST_DAY.plusDays(thread), NOW);
            return null;
        });

        AutomationRecord record = automation.find(account).orElseThrow();
        assertThat(record.saveEnabled()).isTrue();
        assertThat(record.firstEnabledOn()).isBetween(FIRST_DAY, FIRST_DAY.plusDays(7));
        assertThat(number("select count(*) from automation")).isEqualTo(1);
    }

    @Test
    void disabling_turns_saving_off_and_forgets_the_next_run() {
        automation.enable(account, FIRST_DAY, NOW);
        automation.report(account, AutomationState.SLEEPING, NOW.plusSeconds(600), null, NOW);

        automation.disable(account, NOW.plusSeconds(60));

        assertThat(automation.find(account)).contains(new AutomationRecord(account, "owner", false, FIRST_DAY,
                AutomationState.DISABLED, null, null));
    }

    @Test
    void disabling_an_account_never_enabled_does_nothing() {
        automation.disable(account, NOW);

        assertThat(automation.find(account)).isEmpty();
    }

    @Test
    void a_report_records_state_next_run_and_error_exactly() {
        automation.enable(account, FIRST_DAY, NOW);
        Instant nextRun = Instant.parse("2024-05-20T14:00:00.000001Z");

        automation.report(account, AutomationState.ERROR, nextRun, "Pinterest rate limit", NOW);
        AutomationRecord failed = automation.find(account).orElseThrow();
        automation.report(account, AutomationState.RUNNING, null, null, NOW);

        assertThat(failed.state()).isEqualTo(AutomationState.ERROR);
        assertThat(failed.nextRun()).isEqualTo(nextRun);
        assertThat(failed.error()).isEqualTo("Pinterest rate limit");
        AutomationRecord running = automation.find(account).orElseThrow();
        assertThat(running.state()).isEqualTo(AutomationState.RUNNING);
        assertThat(running.nextRun()).isNull();
        assertThat(running.error()).isNull();
        assertThat(running.saveEnabled()).isTrue();
    }

    @Test
    void every_account_that_ever_had_automation_is_listed_by_username_ignoring_case() {
        long bob = addAccount("bob");
        long alice = addAccount("Alice");
        long carol = addAccount("carol");
        addAccount("never");
        for (long id : new long[] {carol, bob, account, alice}) {
            automation.enable(id, FIRST_DAY, NOW);
        }
        automation.disable(bob, NOW);

        assertThat(automation.all()).extracting(AutomationRecord::username)
                .containsExactly("Alice", "bob", "carol", "owner");
    }
}
