package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.queue.NewSaveItem;
import com.pinfleet.domain.pin.PinId;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Writes refused because another request changed the same rows meanwhile, as the repositories report them. */
class ConflictTranslationTest extends OnBothDatabases {

    private static final Instant NOW = Instant.parse("2024-05-20T10:15:30Z");

    @Test
    void a_batch_for_an_account_deleted_meanwhile_is_one_short_conflict() {
        long account = addAccount("deleted_meanwhile");
        new JdbiAccountRepository(jdbi()).delete(account);
        List<NewSaveItem> items = IntStream.rangeClosed(1, 2_000)
                .mapToObj(i -> new NewSaveItem(new PinId(Integer.toString(i)), "row " + i, null))
                .toList();

        assertThatThrownBy(() -> new JdbiSaveQueueRepository(jdbi()).append(account, items, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("was deleted")
                .hasNoCause()
                .satisfies(conflict -> assertThat(conflict.getSuppressed()).isEmpty());
        assertThat(number("select count(*) from save_items")).isZero();
    }

    @Test
    void filing_an_account_under_a_category_deleted_meanwhile_is_a_conflict() {
        long account = addAccount("filed");
        JdbiCategoryRepository categories = new JdbiCategoryRepository(jdbi());
        long category = categories.add("Gone", null).id();
        categories.delete(category);

        assertThatThrownBy(() -> new JdbiAccountRepository(jdbi()).setCategory(account, category))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("try again");
    }

    @Test
    void deleting_a_category_an_account_was_filed_under_meanwhile_is_a_conflict() {
        long account = addAccount("filed");
        JdbiCategoryRepository categories = new JdbiCategoryRepository(jdbi());
        long category = categories.add("Still used", null).id();
        new JdbiAccountRepository(jdbi()).setCategory(account, category);

        assertThatThrownBy(() -> categories.delete(category)).isInstanceOf(ConflictException.class);
        assertThat(categories.all()).hasSize(1);
    }

    @Test
    void giving_up_waiting_for_an_account_another_transaction_holds_is_a_conflict() {
        long account = addAccount("held");
        String shortWait = kind == TestDatabase.Kind.H2 ? "set lock_timeout 200" : "set lock_timeout = 200";

        try (Database other = db.reopen()) {
            new JdbiUnitOfWork(jdbi()).run(() -> {
                new JdbiAccountRepository(jdbi()).lock(account);
                assertThatThrownBy(() -> other.jdbi().useHandle(handle -> {
                    handle.execute(shortWait);
                    new JdbiAccountRepository(other.jdbi()).delete(account);
                })).isInstanceOf(ConflictException.class).hasMessageContaining("try again shortly");
            });
        }
    }

    @Test
    void a_unique_name_taken_keeps_the_message_of_the_repository() {
        JdbiCategoryRepository categories = new JdbiCategoryRepository(jdbi());
        categories.add("Food", null);

        assertThatThrownBy(() -> categories.add("FOOD", null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A category named 'FOOD' already exists there");
    }

    @Test
    void a_conflict_inside_a_unit_of_work_undoes_all_of_it() {
        long account = addAccount("undone");
        JdbiCategoryRepository categories = new JdbiCategoryRepository(jdbi());
        long category = categories.add("Gone", null).id();
        categories.delete(category);
        JdbiSettingsRepository settings = new JdbiSettingsRepository(jdbi());

        assertThatThrownBy(() -> new JdbiUnitOfWork(jdbi()).run(() -> {
            settings.put("a", "1");
            new JdbiAccountRepository(jdbi()).setCategory(account, category);
        })).isInstanceOf(ConflictException.class);

        assertThat(settings.find("a")).isEmpty();
    }
}
