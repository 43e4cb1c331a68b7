package com.pinfleet.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmartSavesScheduleTest {

    private static final ScheduleRow FIRST_WEEK = new ScheduleRow(7, 3, 8);
    private static final ScheduleRow SECOND_WEEK = new ScheduleRow(14, 5, 15);
    private static final ScheduleRow AFTER = new ScheduleRow(999_999, 10, 25);

    @Test
    void has_three_steps_by_default() {
        assertThat(SmartSavesSchedule.DEFAULT.rows()).containsExactly(
                new ScheduleRow(7, 3, 8),
                new ScheduleRow(14, 5, 15),
                new ScheduleRow(999_999, 10, 25));
    }

    @ParameterizedTest
    @CsvSource({"1,7", "7,7", "8,14", "14,14", "15,999999", "999999,999999", "1000000,999999",
        "2147483647,999999", "0,7", "-3,7"})
    void applies_the_first_row_whose_threshold_the_day_has_not_passed(int day, int threshold) {
        ScheduleRow row = SmartSavesSchedule.DEFAULT.rowFor(day);

        assertThat(row.dayThreshold()).isEqualTo(threshold);
    }

    @Test
    void follows_the_last_row_past_its_threshold() {
        SmartSavesSchedule schedule = new SmartSavesSchedule(List.of(new ScheduleRow(3, 1, 2),
                new ScheduleRow(10, 4, 6)));

        assertThat(schedule.rowFor(11)).isEqualTo(new ScheduleRow(10, 4, 6));
        assertThat(schedule.rowFor(500)).isEqualTo(new ScheduleRow(10, 4, 6));
    }

    @ParameterizedTest
    @CsvSource({"1,1", "7,1", "8,2", "14,2", "15,3", "21,3", "22,4", "0,1", "-10,1"})
    void counts_weeks_of_seven_days_from_day_one(int day, int week) {
        assertThat(SmartSavesSchedule.week(day)).isEqualTo(week);
    }

    @Test
    void refuses_a_threshold_equal_to_the_one_before() {
        List<ScheduleRow> rows = List.of(FIRST_WEEK, new ScheduleRow(7, 5, 15));

        assertThatThrownBy(() -> new SmartSavesSchedule(rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("day_threshold");
                    assertThat(e.getMessage())
                            .isEqualTo("schedule row 2: day_threshold must be above the previous row's (7)");
                });
    }

    @Test
    void refuses_a_threshold_below_the_one_before() {
        List<ScheduleRow> rows = List.of(FIRST_WEEK, SECOND_WEEK, new ScheduleRow(10, 10, 25));

        assertThatThrownBy(() -> new SmartSavesSchedule(rows))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("schedule row 3: day_threshold must be above the previous row's (14)");
    }

    @Test
    void refuses_a_first_threshold_below_day_one() {
        List<ScheduleRow> rows = List.of(new ScheduleRow(0, 3, 8));

        assertThatThrownBy(() -> new SmartSavesSchedule(rows))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("schedule row 1: day_threshold must be above the previous row's (0)");
    }

    @Test
    void refuses_a_minimum_above_the_maximum() {
        List<ScheduleRow> rows = List.of(FIRST_WEEK, new ScheduleRow(14, 16, 15));

        assertThatThrownBy(() -> new SmartSavesSchedule(rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("min_saves");
                    assertThat(e.getMessage()).isEqualTo("schedule row 2: min_saves is above max_saves");
                });
    }

    @Test
    void accepts_a_minimum_equal_to_the_maximum_and_zero_saves() {
        SmartSavesSchedule schedule = new SmartSavesSchedule(List.of(new ScheduleRow(3, 0, 0),
                new ScheduleRow(7, 5, 5)));

        assertThat(schedule.rowFor(2)).isEqualTo(new ScheduleRow(3, 0, 0));
        assertThat(schedule.rowFor(4)).isEqualTo(new ScheduleRow(7, 5, 5));
    }

    @Test
    void refuses_negative_saves() {
        List<ScheduleRow> rows = List.of(new ScheduleRow(7, -1, 8));

        assertThatThrownBy(() -> new SmartSavesSchedule(rows))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("schedule row 1: saves must be between 0 and 500");
    }

    @Test
    void refuses_more_saves_than_an_override_may_allow() {
        List<ScheduleRow> rows = List.of(new ScheduleRow(7, 3, 501));

        assertThatThrownBy(() -> new SmartSavesSchedule(rows))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("schedule row 1: saves must be between 0 and 500");
    }

    @Test
    void refuses_an_empty_schedule() {
        List<ScheduleRow> rows = List.of();

        assertThatThrownBy(() -> new SmartSavesSchedule(rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("schedule");
                    assertThat(e.getMessage()).isEqualTo("schedule must have 1 to 50 rows");
                });
    }

    @Test
    void refuses_more_than_fifty_rows_but_takes_fifty() {
        List<ScheduleRow> fifty = new ArrayList<>();
        for (int day = 1; day <= 50; day++) {
            fifty.add(new ScheduleRow(day, 1, 2));
        }
        List<ScheduleRow> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(new ScheduleRow(51, 1, 2));

        SmartSavesSchedule schedule = new SmartSavesSchedule(fifty);

        assertThat(schedule.rows()).hasSize(50);
        assertThatThrownBy(() -> new SmartSavesSchedule(fiftyOne))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("schedule must have 1 to 50 rows");
    }

    @Test
    void keeps_its_own_copy_of_the_rows() {
        List<ScheduleRow> rows = new ArrayList<>(List.of(FIRST_WEEK, SECOND_WEEK));
        SmartSavesSchedule schedule = new SmartSavesSchedule(rows);

        rows.add(AFTER);

        assertThat(schedule.rows()).containsExactly(FIRST_WEEK, SECOND_WEEK);
        assertThat(schedule.rowFor(20)).isEqualTo(SECOND_WEEK);
    }
}
