package com.pinfleet.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.StoredPlan;
import com.pinfleet.domain.schedule.DayPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeDayPlanRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final Instant NINE = Instant.parse("2026-06-15T07:00:00Z");
    private static final Instant ONE = Instant.parse("2026-06-15T11:00:00Z");

    private final FakeDayPlanRepository plans = new FakeDayPlanRepository();

    @Test
    void the_first_plan_stored_for_a_day_stays() {
        StoredPlan first = plans.addIfAbsent(1, new DayPlan(DAY, 1, 5, 0, List.of(NINE, ONE)));

        StoredPlan second = plans.addIfAbsent(1, new DayPlan(DAY, 1, 8, 0, List.of(ONE)));

        assertThat(second).isEqualTo(first);
        assertThat(plans.find(1, DAY)).contains(first);
        assertThat(plans.plansStored()).isEqualTo(1);
    }

    @Test
    void a_session_is_marked_done_once() {
        plans.addIfAbsent(1, new DayPlan(DAY, 1, 5, 0, List.of(NINE, ONE)));

        boolean first = plans.markDone(1, DAY, 0, NINE);
        boolean again = plans.markDone(1, DAY, 0, ONE);

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(plans.find(1, DAY).orElseThrow().sessions().getFirst().doneAt()).isEqualTo(NINE);
        assertThat(plans.find(1, DAY).orElseThrow().nextOpen().orElseThrow().dueAt()).isEqualTo(ONE);
    }
}
