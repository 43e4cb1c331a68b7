package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.DailyActivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiDailyActivityRepositoryTest extends OnBothDatabases {

    private static final LocalDate DAY = LocalDate.parse("2024-05-20");

    private JdbiDailyActivityRepository activity;
    private long account;

    @BeforeEach
    void repository() {
        activity = new JdbiDailyActivityRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void a_day_without_activity_counts_nothing() {
        assertThat(activity.on(account, DAY)).isEqualTo(DailyActivity.NONE);
    }

    @Test
    void the_counters_of_a_day_are_read_for_every_account_that_did_something() {
        long other = addAccount("other");
        long idle = addAccount("idle");
        activity.takeSave(account, DAY, 10);
        activity.takeSave(account, DAY, 10);
        activity.countSession(account, DAY);
        activity.countSession(other, DAY);
        activity.takeSave(idle, DAY.plusDays(1), 10);

        Map<Long, DailyActivity> onDay = activity.onDay(DAY);

        assertThat(onDay).containsOnlyKeys(account, other);
        assertThat(onDay.get(account)).isEqualTo(activity.on(account, DAY));
        assertThat(onDay.get(account).saves()).isEqualTo(2);
        assertThat(onDay.get(other).sessions()).isEqualTo(1);
    }

    @Test
    void saves_are_taken_until_the_limit_is_reached() {
        List<Boolean> taken = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            taken.add(activity.takeSave(account, DAY, 3));
        }

        assertThat(taken).containsExactly(true, true, true, false, false);
        assertThat(activity.on(account, DAY).saves()).isEqualTo(3);
    }

    @Test
    void no_save_is_taken_when_the_limit_is_zero() {
        assertThat(activity.takeSave(account, DAY, 0)).isFalse();
        assertThat(activity.on(account, DAY).saves()).isZero();
    }

    @Test
    void each_account_and_day_has_its_own_allowance() {
        long other = addAccount("other");
        activity.takeSave(account, DAY, 1);

        assertThat(activity.takeSave(account, DAY, 1)).isFalse();
        assertThat(activity.takeSave(account, DAY.plusDays(1), 1)).isTrue();
        assertThat(activity.takeSave(other, DAY, 1)).isTrue();
    }

    @Test
    void sessions_taking_saves_at_once_never_exceed_the_limit() {
        List<LocalDate> days = List.of(DAY, DAY.plusDays(1), DAY.plusDays(2));

        List<Integer> taken = new ArrayList<>();
        for (LocalDate day : days) {
            List<Integer> perThread = AtOnce.run(8, thread -> () -> {
                int got = 0;
                for (int i = 0; i < 10; i++) {
                    got += activity.takeSave(account, day, 25) ? 1 : 0;
                }
                return got;
            });
            taken.add(perThread.stream().mapToInt(Integer::intValue).sum());
        }

        assertThat(taken).containsExactly(25, 25, 25);
        for (LocalDate day : days) {
            assertThat(activity.on(account, day).saves()).isEqualTo(25);
        }
    }

    @Test
    void days_are_the_same_dates_when_the_jvm_zone_is_far_from_utc() {
        DailyActivity seenOnKiritimati = inJvmTimeZone("Pacific/Kiritimati", jdbi -> {
            JdbiDailyActivityRepository there = new JdbiDailyActivityRepository(jdbi);
            there.takeSave(account, DAY, 5);
            there.countSession(account, DAY);
            return there.on(account, DAY);
        });
        DailyActivity seenOnPagoPago = inJvmTimeZone("Pacific/Pago_Pago",
                jdbi -> new JdbiDailyActivityRepository(jdbi).on(account, DAY));

        assertThat(seenOnKiritimati).isEqualTo(new DailyActivity(1, 0, 1, 0));
        assertThat(seenOnPagoPago).isEqualTo(seenOnKiritimati);
        assertThat(activity.on(account, DAY)).isEqualTo(seenOnKiritimati);
        assertThat(number("select count(*) from daily_activity where activity_day = date '2024-05-20'")).isEqualTo(1);
    }

    @Test
    void a_returned_save_frees_its_place_and_may_count_a_failure() {
        activity.takeSave(account, DAY, 2);
        activity.takeSave(account, DAY, 2);

        activity.returnSave(account, DAY, true);
        activity.returnSave(account, DAY, false);

        assertThat(activity.on(account, DAY)).isEqualTo(new DailyActivity(0, 0, 0, 1));
        assertThat(activity.takeSave(account, DAY, 2)).isTrue();
    }

    @Test
    void a_save_is_not_returned_below_zero() {
        activity.countSession(account, DAY);

        activity.returnSave(account, DAY, true);
        activity.returnSave(addAccount("other"), DAY, true);

        assertThat(activity.on(account, DAY).saves()).isZero();
    }

    @Test
    void sessions_are_counted_per_day() {
        activity.countSession(account, DAY);
        activity.countSession(account, DAY);
        activity.takeSave(account, DAY, 10);
        activity.countSession(account, DAY.plusDays(1));

        assertThat(activity.on(account, DAY)).isEqualTo(new DailyActivity(1, 0, 2, 0));
        assertThat(activity.on(account, DAY.plusDays(1))).isEqualTo(new DailyActivity(0, 0, 1, 0));
    }
}
