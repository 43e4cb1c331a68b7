package com.pinfleet.application.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest {

    private final List<String> applied = new ArrayList<>();

    @Test
    void an_account_named_in_several_spellings_is_changed_once_and_each_spelling_is_answered() {
        Map<String, String> results = Batch.forEach(List.of("cd_1", "CD_1", " cd_1 ", "@Cd_1", "cd_1", "other"),
                applied::add, "updated");

        assertThat(applied).containsExactly("cd_1", "other");
        assertThat(results).containsExactly(Map.entry("cd_1", "updated"), Map.entry("CD_1", "updated"),
                Map.entry(" cd_1 ", "updated"), Map.entry("@Cd_1", "updated"), Map.entry("other", "updated"));
    }

    @Test
    void each_spelling_of_an_account_gets_the_answer_of_its_one_change() {
        Map<String, String> results = Batch.forEach(List.of("gone_one", "GONE_ONE"), username -> {
            applied.add(username);
            throw new AccountNotFoundException(username);
        }, "deleted");

        assertThat(applied).containsExactly("gone_one");
        assertThat(results).containsExactly(Map.entry("gone_one", "not found"), Map.entry("GONE_ONE", "not found"));
    }

    @Test
    void names_that_are_not_usernames_are_answered_each_on_their_own() {
        Map<String, String> results = Batch.forEach(List.of("a!", "b!"), username -> {
            throw new ConflictException("no " + username);
        }, "updated");

        assertThat(results).containsExactly(Map.entry("a!", "error: no a!"), Map.entry("b!", "error: no b!"));
    }

    @Test
    void a_failure_that_is_not_about_the_account_stops_the_batch() {
        assertThatThrownBy(() -> Batch.forEach(List.of("first", "second"), username -> {
            applied.add(username);
            throw new NotFoundException("Category not found: 5");
        }, "updated")).isInstanceOf(NotFoundException.class).hasMessage("Category not found: 5");

        assertThat(applied).containsExactly("first");
    }
}
