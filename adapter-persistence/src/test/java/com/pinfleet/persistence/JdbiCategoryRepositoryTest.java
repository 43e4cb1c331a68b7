package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.common.ConflictException;
import com.pinfleet.domain.category.Category;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiCategoryRepositoryTest extends OnBothDatabases {

    private JdbiCategoryRepository categories;

    @BeforeEach
    void repository() {
        categories = new JdbiCategoryRepository(jdbi());
    }

    @Test
    void a_change_that_takes_the_lock_waits_for_the_change_holding_it_and_then_sees_its_work() throws Exception {
        JdbiUnitOfWork unitOfWork = new JdbiUnitOfWork(jdbi());
        CountDownLatch firstHoldsLock = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Category> first = pool.submit(() -> unitOfWork.inTransaction(() -> {
                categories.lockForChange();
                firstHoldsLock.countDown();
                awaitQuietly(firstMayFinish);
                return categories.add("Food", null);
            }));
            assertThat(firstHoldsLock.await(10, TimeUnit.SECONDS)).isTrue();
            Future<List<Category>> second = pool.submit(() -> unitOfWork.inTransaction(() -> {
                categories.lockForChange();
                return categories.all();
            }));

            assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            firstMayFinish.countDown();

            assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(first.get());
        } finally {
            firstMayFinish.countDown();
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void added_categories_are_listed_with_their_parents() {
        Category food = categories.add("Food", null);

        Category baking = categories.add("Baking", food.id());

        assertThat(food.parentId()).isNull();
        assertThat(baking.parentId()).isEqualTo(food.id());
        assertThat(categories.all()).containsExactlyInAnyOrder(food, baking);
    }

    @Test
    void two_top_level_categories_may_not_share_a_name_in_any_case() {
        categories.add("Food", null);

        assertThatThrownBy(() -> categories.add("food", null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("food");
        assertThatThrownBy(() -> categories.add(" FOOD ", null)).isInstanceOf(ConflictException.class);
        assertThat(categories.all()).hasSize(1);
    }

    @Test
    void two_children_of_one_parent_may_not_share_a_name_in_any_case() {
        long food = categories.add("Food", null).id();
        categories.add("Baking", food);

        assertThatThrownBy(() -> categories.add("BAKING", food)).isInstanceOf(ConflictException.class);
        assertThat(categories.all()).hasSize(2);
    }

    @Test
    void the_same_name_is_allowed_under_different_parents_and_at_the_top() {
        long food = categories.add("Food", null).id();
        long travel = categories.add("Travel", null).id();

        categories.add("Ideas", food);
        categories.add("ideas", travel);
        categories.add("IDEAS", null);

        assertThat(categories.all()).hasSize(5);
    }

    @Test
    void updating_a_category_renames_and_moves_it() {
        long food = categories.add("Food", null).id();
        long baking = categories.add("Baking", null).id();

        categories.update(baking, "Bread", food);

        assertThat(categories.all()).contains(new Category(baking, "Bread", food));
    }

    @Test
    void a_category_may_be_renamed_to_another_case_of_its_own_name() {
        long food = categories.add("food", null).id();

        categories.update(food, "Food", null);

        assertThat(categories.all()).containsExactly(new Category(food, "Food", null));
    }

    @Test
    void a_category_may_not_be_renamed_or_moved_onto_a_siblings_name() {
        long food = categories.add("Food", null).id();
        long travel = categories.add("Travel", null).id();
        long baking = categories.add("Baking", food).id();
        long travelBaking = categories.add("baking", travel).id();

        assertThatThrownBy(() -> categories.update(travel, "FOOD", null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> categories.update(travelBaking, "baking", food))
                .isInstanceOf(ConflictException.class);

        assertThat(categories.all()).contains(new Category(travel, "Travel", null),
                new Category(travelBaking, "baking", travel), new Category(baking, "Baking", food));
    }

    @Test
    void a_category_moved_to_the_top_conflicts_with_a_top_level_namesake() {
        long food = categories.add("Food", null).id();
        categories.add("Ideas", null);
        long ideas = categories.add("ideas", food).id();

        assertThatThrownBy(() -> categories.update(ideas, "ideas", null)).isInstanceOf(ConflictException.class);

        assertThat(categories.all()).contains(new Category(ideas, "ideas", food));
    }

    @Test
    void moving_children_puts_every_child_under_the_new_parent() {
        long food = categories.add("Food", null).id();
        long travel = categories.add("Travel", null).id();
        long baking = categories.add("Baking", food).id();
        long grill = categories.add("Grill", food).id();

        categories.moveChildren(food, travel);

        assertThat(categories.all()).contains(new Category(baking, "Baking", travel),
                new Category(grill, "Grill", travel));
    }

    @Test
    void moving_children_to_the_top_makes_them_top_level() {
        long food = categories.add("Food", null).id();
        long baking = categories.add("Baking", food).id();

        categories.moveChildren(food, null);

        assertThat(categories.all()).contains(new Category(baking, "Baking", null));
        assertThatThrownBy(() -> categories.add("baking", null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void moving_children_beside_a_namesake_is_a_conflict_and_moves_none() {
        long food = categories.add("Food", null).id();
        long travel = categories.add("Travel", null).id();
        long baking = categories.add("Baking", food).id();
        long grill = categories.add("Grill", food).id();
        categories.add("GRILL", travel);

        assertThatThrownBy(() -> categories.moveChildren(food, travel)).isInstanceOf(ConflictException.class);

        assertThat(categories.all()).contains(new Category(baking, "Baking", food), new Category(grill, "Grill", food));
    }

    @Test
    void a_deleted_category_is_gone_and_its_name_is_free_again() {
        long food = categories.add("Food", null).id();
        long travel = categories.add("Travel", null).id();

        categories.delete(food);

        assertThat(categories.all()).containsExactly(new Category(travel, "Travel", null));
        assertThat(categories.add("food", null).name()).isEqualTo("food");
    }
}
