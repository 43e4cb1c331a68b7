package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.PlannedSession;
import com.pinfleet.application.engine.StoredPlan;
import com.pinfleet.domain.schedule.DayPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiDayPlanRepositoryTest extends OnBothDatabases {

    private static final LocalDate DAY = LocalDate.parse("2024-05-20");
    private static final Instant MORNING = Instant.parse("2024-05-20T08:12:00.123456Z");
    private static final Instant NOON = Instant.parse("2024-05-20T12:40:00Z");
    private static final Instant EVENING = Instant.parse("2024-05-20T19:05:30Z");

    private JdbiDayPlanRepository plans;
    private long account;

    @BeforeEach
    void repository() {
        plans = new JdbiDayPlanRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void a_stored_plan_is_found_with_its_sessions_in_order() {
        StoredPlan stored = plans.addIfAbsent(account, new DayPlan(DAY, 3, 12, 2, List.of(MORNING, NOON, EVENING)));

        StoredPlan found = plans.find(account, DAY).orElseThrow();

        assertThat(found).isEqualTo(stored);
        assertThat(found).isEqualTo(new StoredPlan(account, DAY, 3, 12, 2, List.of(
                new PlannedSession(0, MORNING, null), new PlannedSession(1, NOON, null),
                new PlannedSession(2, EVENING, null))));
    }

    @Test
    void the_plans_of_a_day_are_read_for_every_account_at_once() {
        long other = addAccount("other");
        long idle = addAccount("idle");
        StoredPlan owners = plans.addIfAbsent(account, new DayPlan(DAY, 3, 12, 2, List.of(MORNING, NOON, EVENING)));
        plans.markDone(account, DAY, 1, NOON);
        StoredPlan others = plans.addIfAbsent(other, new DayPlan(DAY, 1, 5, 0, List.of()));
        plans.addIfAbsent(idle, new DayPlan(DAY.plusDays(1), 2, 6, 0, List.of(MORNING)));

        Map<Long, StoredPlan> onDay = plans.onDay(DAY);

        assertThat(onDay).containsOnlyKeys(account, other);
        assertThat(onDay.get(account)).isEqualTo(plans.find(account, DAY).orElseThrow());
        assertThat(onDay.get(account).sessions()).extracting(PlannedSession::index).containsExactly(0, 1, 2);
        assertThat(onDay.get(account).done()).isEqualTo(1);
        assertThat(onDay.get(account).saveTarget()).isEqualTo(owners.saveTarget());
        assertThat(onDay.get(other)).isEqualTo(others);
    }

    @Test
    void a_plan_without_sessions_is_stored() {
        StoredPlan stored = plans.addIfAbsent(account, new DayPlan(DAY, 1, 5, 0, List.of()));

        assertThat(stored.sessions()).isEmpty();
        assertThat(plans.find(account, DAY)).contains(stored);
    }

    @Test
    void there_is_no_plan_for_a_day_not_planned() {
        plans.addIfAbsent(account, new DayPlan(DAY, 1, 5, 0, List.of(MORNING)));

        assertThat(plans.find(account, DAY.plusDays(1))).isEmpty();
        assertThat(plans.find(addAccount("other"), DAY)).isEmpty();
    }

    @Test
    void a_second_plan_for_the_same_day_is_ignored_and_the_first_returned() {
        StoredPlan first = plans.addIfAbsent(account, new DayPlan(DAY, 1, 10, 0, List.of(MORNING, NOON)));

        StoredPlan second = plans.addIfAbsent(account, new DayPlan(DAY, 2, 99, 4, List.of(EVENING)));

        assertThat(second).isEqualTo(first);
        assertThat(plans.find(account, DAY)).contains(first);
    }

    @Test
    void when_several_sessions_plan_the_same_day_at_once_they_all_get_the_one_plan_stored() {
        List<StoredPlan> returned = AtOnce.run(8, thread -> () -> plans.addIfAbsent(account,
                new DayPlan(DAY, 1, 10 + thread, 0, List.of(MORNING.plusSeconds(thread), NOON))));

        StoredPlan stored = plans.find(account, DAY).orElseThrow();
        assertThat(returned).containsOnly(stored);
        assertThat(stored.sessions()).hasSize(2);
    }

    @Test
    void each_account_and_day_has_its_own_plan() {
        long other = addAccount("other");
        StoredPlan today = plans.addIfAbsent(account, new DayPlan(DAY, 1, 10, 0, List.of(MORNING)));

        StoredPlan tomorrow = plans.addIfAbsent(account, new DayPlan(DAY.plusDays(1), 2, 11, 0, List.of()));
        StoredPlan others = plans.addIfAbsent(other, new DayPlan(DAY, 7, 20, 0, List.of(NOON, EVENING)));

        assertThat(plans.find(account, DAY)).contains(today);
        assertThat(tomorrow.saveTarget()).isEqualTo(11);
        assertThat(others.dayNumber()).isEqualTo(7);
        assertThat(others.sessions()).hasSize(2);
    }

    @Test
    void a_session_is_marked_done_only_once() {
        plans.addIfAbsent(account, new DayPlan(DAY, 1, 10, 0, List.of(MORNING, NOON)));
        Instant ran = MORNING.plusSeconds(5);

        boolean first = plans.markDone(account, DAY, 0, ran);
        boolean second = plans.markDone(account, DAY, 0, ran.plusSeconds(60));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        StoredPlan plan = plans.find(account, DAY).orElseThrow();
        assertThat(plan.sessions()).containsExactly(new PlannedSession(0, MORNING, ran),
                new PlannedSession(1, NOON, null));
        assertThat(plan.done()).isEqualTo(1);
        assertThat(plan.nextOpen()).contains(new PlannedSession(1, NOON, null));
    }

    @Test
    void marking_a_session_that_does_not_exist_marks_nothing() {
        plans.addIfAbsent(account, new DayPlan(DAY, 1, 10, 0, List.of(MORNING)));

        assertThat(plans.markDone(account, DAY, 5, NOON)).isFalse();
        assertThat(plans.markDone(account, DAY.plusDays(1), 0, NOON)).isFalse();
    }
}
