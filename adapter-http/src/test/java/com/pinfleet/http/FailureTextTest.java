package com.pinfleet.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void a_batch_failure_with_an_exception_per_row_is_written_in_a_few_lines() {
        BatchUpdateException batch = new BatchUpdateException("row 1 refused", "23506", new int[0]);
        SQLException last = batch;
        for (int row = 1; row <= 100_000; row++) {
            SQLException refused = new SQLException("row " + row + " refused", "23506");
            last.setNextException(refused);
            last = refused;
            batch.addSuppressed(refused);
        }
        RuntimeException failure = new IllegalStateException("the import failed", batch);

        String text = FailureText.of(failure);

        assertThat(text).startsWith("java.lang.IllegalStateException: the import failed\n\tat ")
                .contains("Caused by: java.sql.BatchUpdateException: row 1 refused")
                .contains("Suppressed: java.sql.SQLException: row 1 refused")
                .contains("(99998 more suppressed exceptions of BatchUpdateException left out)")
                .doesNotContain("row 3 refused");
        assertThat(text.lines().count()).isLessThan(200);
    }

    @Test
    void a_long_message_is_cut_and_says_how_much_was_left_out() {
        String text = FailureText.of(new IllegalStateException("x".repeat(5_000)));

        assertThat(text).contains("x".repeat(FailureText.MAX_MESSAGE_CHARS) + "... (4000 more characters)")
                .doesNotContain("x".repeat(FailureText.MAX_MESSAGE_CHARS + 1));
    }

    @Test
    void causes_that_refer_to_each_other_are_followed_only_so_deep() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        String text = FailureText.of(first);

        assertThat(text).endsWith("(further causes left out)");
        assertThat(text.split("Caused by: ", -1)).hasSize(FailureText.MAX_CAUSES + 1);
    }
}
