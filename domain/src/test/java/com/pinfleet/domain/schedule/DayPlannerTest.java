package com.pinfleet.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DayPlannerTest {

    private static final int SEEDS = 2_000;
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final LocalTime FROM = LocalTime.of(8, 0);
    private static final LocalTime UNTIL = LocalTime.of(22, 0);

    private final DayPlanner planner = new DayPlanner(SmartSavesSchedule.DEFAULT, PlanningRules.DEFAULT);

    @ParameterizedTest
    @CsvSource({"1,3,8", "7,3,8", "8,5,15", "14,5,15", "15,10,25", "400,10,25"})
    void draws_every_save_target_of_the_days_row_and_nothing_outside_it(int dayNumber, int min, int max) {
        Set<Integer> drawn = new TreeSet<>();

        for (int seed = 0; seed < SEEDS; seed++) {
            drawn.add(plan(planner, DAY, dayNumber, null, CHICAGO, atLocal(DAY, 0, 0, CHICAGO), seed).saveTarget());
        }

        assertThat(drawn).containsExactlyElementsOf(range(min, max));
    }

    @Test
    void caps_the_save_target_by_the_operators_override() {
        Set<Integer> capped = new TreeSet<>();
        Set<Integer> belowRow = new TreeSet<>();
        Set<Integer> none = new TreeSet<>();

        for (int seed = 0; seed < SEEDS; seed++) {
            Instant now = atLocal(DAY, 0, 0, CHICAGO);
            capped.add(plan(planner, DAY, 30, 12, CHICAGO, now, seed).saveTarget());
            belowRow.add(plan(planner, DAY, 30, 4, CHICAGO, now, seed).saveTarget());
            none.add(plan(planner, DAY, 30, 0, CHICAGO, now, seed).saveTarget());
        }

        assertThat(capped).containsExactly(10, 11, 12);
        assertThat(belowRow).containsExactly(4);
        assertThat(none).containsExactly(0);
    }

    @Test
    void leaves_the_target_alone_when_the_override_is_above_the_row() {
        Set<Integer> drawn = new TreeSet<>();

        for (int seed = 0; seed < SEEDS; seed++) {
            drawn.add(plan(planner, DAY, 30, 500, CHICAGO, atLocal(DAY, 0, 0, CHICAGO), seed).saveTarget());
        }

        assertThat(drawn).containsExactlyElementsOf(range(10, 25));
    }

    @Test
    void keeps_the_day_its_number_and_the_create_target_as_given() {
        DayPlan plan = planner.plan(DAY, 9, null, 5, CHICAGO, atLocal(DAY, 0, 0, CHICAGO), new Random(1));

        assertThat(plan.day()).isEqualTo(DAY);
        assertThat(plan.dayNumber()).isEqualTo(9);
        assertThat(plan.createTarget()).isEqualTo(5);
    }

    @Test
    void draws_the_same_plan_from_the_same_seed() {
        Instant now = atLocal(DAY, 6, 30, CHICAGO);

        DayPlan first = plan(planner, DAY, 3, null, CHICAGO, now, 77);
        DayPlan again = plan(planner, DAY, 3, null, CHICAGO, now, 77);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void spreads_a_whole_day_over_all_its_sessions_inside_the_active_hours() {
        Set<LocalTime> firstSessions = new TreeSet<>();

        for (int seed = 0; seed < SEEDS; seed++) {
            Instant now = atLocal(DAY, 0, 0, CHICAGO);
            DayPlan plan = plan(planner, DAY, 1, null, CHICAGO, now, seed);

            assertThat(plan.sessionTimes()).as("seed %d", seed).hasSize(3);
            assertSessionsKeepTheRules(plan, PlanningRules.DEFAULT, CHICAGO, now, seed);
            firstSessions.add(local(plan.sessionTimes().getFirst(), CHICAGO));
        }

        assertThat(firstSessions).as("the first session is drawn, not fixed").hasSizeGreaterThan(SEEDS / 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07:59:59", "08:00:00", "09:13:27.250", "13:05:00", "17:44:10", "20:29:59", "20:29:59.500",
        "20:30:00", "20:30:01", "21:00:00", "21:14:59", "21:15:00", "21:59:59"})
    void plans_no_session_before_now_whenever_it_plans(String localTime) {
        Instant now = DAY.atTime(LocalTime.parse(localTime)).atZone(CHICAGO).toInstant();

        for (int seed = 0; seed < SEEDS; seed++) {
            DayPlan plan = plan(planner, DAY, 1, null, CHICAGO, now, seed);

            assertThat(plan.sessionTimes()).as("seed %d", seed).isNotEmpty();
            assertSessionsKeepTheRules(plan, PlanningRules.DEFAULT, CHICAGO, now, seed);
        }
    }

    @ParameterizedTest
    @CsvSource({"20:29:59,3", "20:29:59.500,3", "20:30:00,2", "21:00:00,2", "21:14:59.999,2", "21:15:00,1",
        "21:59:59.999,1"})
    void plans_as_many_sessions_as_fit_before_the_window_closes(String localTime, int sessions) {
        Instant now = DAY.atTime(LocalTime.parse(localTime)).atZone(CHICAGO).toInstant();

        for (int seed = 0; seed < 100; seed++) {
            DayPlan plan = plan(planner, DAY, 1, null, CHICAGO, now, seed);

            assertThat(plan.sessionTimes()).as("seed %d", seed).hasSize(sessions);
        }
    }

    @Test
    void never_starts_a_session_at_the_moment_the_window_closes() {
        PlanningRules oneHour = new PlanningRules(LocalTime.of(8, 0), LocalTime.of(9, 0), 5, Duration.ofMinutes(30));
        DayPlanner tight = new DayPlanner(SmartSavesSchedule.DEFAULT, oneHour);
        Instant midnight = atLocal(DAY, 0, 0, CHICAGO);

        for (int seed = 0; seed < SEEDS; seed++) {
            DayPlan plan = plan(tight, DAY, 1, null, CHICAGO, midnight, seed);

            assertThat(plan.sessionTimes()).as("seed %d", seed).isNotEmpty();
            assertSessionsKeepTheRules(plan, oneHour, CHICAGO, midnight, seed);
        }
    }

    @Test
    void may_put_sessions_side_by_side_when_no_gap_is_asked_for() {
        PlanningRules noGap = new PlanningRules(LocalTime.of(8, 0), LocalTime.of(8, 0, 1), 4, Duration.ZERO);
        DayPlanner planner = new DayPlanner(SmartSavesSchedule.DEFAULT, noGap);
        Instant midnight = atLocal(DAY, 0, 0, CHICAGO);

        DayPlan plan = plan(planner, DAY, 1, null, CHICAGO, midnight, 3);

        assertThat(plan.sessionTimes()).hasSize(4);
        assertSessionsKeepTheRules(plan, noGap, CHICAGO, midnight, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"22:00:00", "22:00:00.001", "23:59:59"})
    void plans_no_session_once_the_window_has_closed(String localTime) {
        Instant now = DAY.atTime(LocalTime.parse(localTime)).atZone(CHICAGO).toInstant();

        DayPlan plan = plan(planner, DAY, 1, null, CHICAGO, now, 1);

        assertThat(plan.sessionTimes()).isEmpty();
        assertThat(plan.saveTarget()).isBetween(3, 8);
    }

    @Test
    void plans_no_session_for_a_day_already_over() {
        Instant nextMorning = atLocal(DAY.plusDays(1), 9, 0, CHICAGO);

        DayPlan plan = plan(planner, DAY, 1, null, CHICAGO, nextMorning, 1);

        assertThat(plan.sessionTimes()).isEmpty();
    }

    @Test
    void reads_the_active_hours_in_the_accounts_zone() {
        Instant now = atLocal(DAY, 0, 0, ZoneId.of("Asia/Tokyo"));

        for (int seed = 0; seed < SEEDS; seed++) {
            DayPlan plan = plan(planner, DAY, 1, null, ZoneId.of("Asia/Tokyo"), now, seed);

            assertSessionsKeepTheRules(plan, PlanningRules.DEFAULT, ZoneId.of("Asia/Tokyo"), now, seed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-29", "2026-10-25"})
    void keeps_sessions_inside_local_active_hours_on_a_day_the_clocks_change(String date) {
        LocalDate day = LocalDate.parse(date);
        Instant midnight = day.atStartOfDay(BERLIN).toInstant();
        Instant earlyMorning = atLocal(day, 4, 0, BERLIN);

        for (int seed = 0; seed < SEEDS; seed++) {
            DayPlan fromMidnight = plan(planner, day, 1, null, BERLIN, midnight, seed);
            DayPlan fromMorning = plan(planner, day, 1, null, BERLIN, earlyMorning, seed);

            assertThat(fromMidnight.sessionTimes()).hasSize(3);
            assertSessionsKeepTheRules(fromMidnight, PlanningRules.DEFAULT, BERLIN, midnight, seed);
            assertSessionsKeepTheRules(fromMorning, PlanningRules.DEFAULT, BERLIN, earlyMorning, seed);
        }
    }

    @Test
    void keeps_sessions_out_of_the_hour_that_does_not_exist_when_the_window_spans_it() {
        PlanningRules night = new PlanningRules(LocalTime.of(1, 0), LocalTime.of(4, 0), 3, Duration.ofMinutes(20));
        DayPlanner nightPlanner = new DayPlanner(SmartSavesSchedule.DEFAULT, night);
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        Instant midnight = springForward.atStartOfDay(BERLIN).toInstant();

        for (int seed = 0; seed < SEEDS; seed++) {
            DayPlan plan = plan(nightPlanner, springForward, 1, null, BERLIN, midnight, seed);

            assertSessionsKeepTheRules(plan, night, BERLIN, midnight, seed);
            assertThat(plan.sessionTimes()).extracting(time -> local(time, BERLIN).getHour())
                    .as("seed %d", seed).doesNotContain(2);
        }
    }

    private static void assertSessionsKeepTheRules(DayPlan plan, PlanningRules rules, ZoneId zone, Instant now,
                                                   long seed) {
        List<Instant> times = plan.sessionTimes();
        assertThat(times).as("seed %d: sorted", seed).isSorted();
        assertThat(times).as("seed %d: sessions per day", seed).hasSizeLessThanOrEqualTo(rules.sessionsPerDay());
        for (Instant time : times) {
            ZonedDateTime local = time.atZone(zone);
            assertThat(time).as("seed %d: not before now", seed).isAfterOrEqualTo(now);
            assertThat(local.toLocalDate()).as("seed %d: on the planned day", seed).isEqualTo(plan.day());
            assertThat(local.toLocalTime()).as("seed %d: %s inside active hours", seed, local)
                    .isAfterOrEqualTo(rules.activeFrom())
                    .isBefore(rules.activeUntil());
        }
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).as("seed %d: gap", seed)
                    .isGreaterThanOrEqualTo(rules.minimumGap());
        }
    }

    private static DayPlan plan(DayPlanner planner, LocalDate day, int dayNumber, Integer override, ZoneId zone,
                                Instant now, long seed) {
        return planner.plan(day, dayNumber, override, 5, zone, now, new Random(seed));
    }

    private static Instant atLocal(LocalDate day, int hour, int minute, ZoneId zone) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }

    private static LocalTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalTime();
    }

    private static List<Integer> range(int min, int max) {
        return IntStream.rangeClosed(min, max).boxed().collect(Collectors.toList());
    }
}
