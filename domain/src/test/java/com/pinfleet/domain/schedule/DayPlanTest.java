package com.pinfleet.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayPlanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @ParameterizedTest
    @CsvSource({"10,0,3,4", "10,4,2,3", "10,7,1,3", "9,0,3,3", "1,0,3,1", "0,0,3,0"})
    void shares_the_remaining_saves_evenly_rounding_up(int target, int saved, int sessionsLeft, int share) {
        DayPlan plan = new DayPlan(DAY, 1, target, 0, List.of());

        assertThat(plan.saveShare(saved, sessionsLeft)).isEqualTo(share);
    }

    @Test
    void gives_the_last_session_all_that_remains() {
        DayPlan plan = new DayPlan(DAY, 1, 25, 0, List.of());

        assertThat(plan.saveShare(3, 1)).isEqualTo(22);
        assertThat(plan.saveShare(3, 0)).isEqualTo(22);
    }

    @Test
    void asks_for_nothing_more_once_the_target_is_met_or_passed() {
        DayPlan plan = new DayPlan(DAY, 1, 10, 0, List.of());

        assertThat(plan.saveShare(10, 2)).isZero();
        assertThat(plan.saveShare(14, 2)).isZero();
        assertThat(plan.saveShare(14, 1)).isZero();
    }

    @Test
    void meets_the_target_exactly_when_every_session_saves_its_share() {
        for (int target = 0; target <= 60; target++) {
            for (int sessions = 1; sessions <= 6; sessions++) {
                DayPlan plan = new DayPlan(DAY, 1, target, 0, List.of());
                int saved = 0;
                List<Integer> shares = new ArrayList<>();

                for (int left = sessions; left >= 1; left--) {
                    int share = plan.saveShare(saved, left);
                    shares.add(share);
                    saved += share;
                }

                int evenShare = (target + sessions - 1) / sessions;
                assertThat(saved).as("target %d over %d sessions: %s", target, sessions, shares).isEqualTo(target);
                assertThat(shares).as("target %d over %d sessions", target, sessions)
                        .allSatisfy(share -> assertThat(share).isBetween(0, evenShare));
            }
        }
    }

    @Test
    void keeps_its_own_unchangeable_copy_of_the_session_times() {
        List<Instant> times = new ArrayList<>(List.of(Instant.parse("2026-06-15T13:00:00Z")));
        DayPlan plan = new DayPlan(DAY, 1, 5, 0, times);

        times.add(Instant.parse("2026-06-15T15:00:00Z"));

        assertThat(plan.sessionTimes()).containsExactly(Instant.parse("2026-06-15T13:00:00Z"));
        assertThatThrownBy(() -> plan.sessionTimes().add(Instant.EPOCH))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
