package com.pinfleet.domain.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    private static final Category FOOD = new Category(1, "food", null);
    private static final Category BAKING = new Category(2, "Baking", 1L);
    private static final Category BREAD = new Category(3, "Bread", 2L);
    private static final Category DINNERS = new Category(5, "dinners", 1L);
    private static final Category HOME = new Category(4, "Home", null);
    private static final Category HOME_BAKING = new Category(6, "baking", 4L);
    private static final Category APPLES = new Category(7, "Apples", 1L);

    /** Given in an order unlike the tree's, so that any order the tree reports is its own. */
    private final CategoryTree tree =
            new CategoryTree(List.of(HOME_BAKING, BREAD, HOME, DINNERS, BAKING, FOOD, APPLES));

    @Test
    void lists_parents_before_children_and_siblings_by_name_ignoring_case() {
        List<Category> ordered = tree.depthFirst();

        assertThat(ordered).containsExactly(FOOD, APPLES, BAKING, BREAD, DINNERS, HOME, HOME_BAKING);
    }

    @Test
    void lists_the_roots_and_the_children_of_a_category_by_name() {
        assertThat(tree.roots()).containsExactly(FOOD, HOME);
        assertThat(tree.children(1L)).containsExactly(APPLES, BAKING, DINNERS);
        assertThat(tree.children(3L)).isEmpty();
    }

    @Test
    void joins_the_names_from_the_top_down_into_a_path() {
        assertThat(tree.path(3)).isEqualTo("food/Baking/Bread");
        assertThat(tree.path(1)).isEqualTo("food");
        assertThat(tree.path(6)).isEqualTo("Home/baking");
    }

    @Test
    void gives_an_empty_path_for_an_unknown_category() {
        assertThat(tree.path(99)).isEmpty();
    }

    @Test
    void gives_a_category_and_everything_below_it_as_its_subtree() {
        assertThat(tree.subtree(1)).containsExactly(1L, 7L, 2L, 3L, 5L);
        assertThat(tree.subtree(2)).containsExactly(2L, 3L);
        assertThat(tree.subtree(3)).containsExactly(3L);
    }

    @Test
    void gives_an_empty_subtree_for_an_unknown_category() {
        assertThat(tree.subtree(99)).isEmpty();
    }

    @Test
    void counts_a_category_within_itself_and_its_ancestors_only() {
        assertThat(tree.isWithin(3, 3)).isTrue();
        assertThat(tree.isWithin(3, 2)).isTrue();
        assertThat(tree.isWithin(3, 1)).isTrue();
        assertThat(tree.isWithin(1, 3)).isFalse();
        assertThat(tree.isWithin(6, 1)).isFalse();
        assertThat(tree.isWithin(5, 2)).isFalse();
        assertThat(tree.isWithin(3, 99)).isFalse();
    }

    @Test
    void finds_a_child_by_name_ignoring_case_under_its_own_parent_only() {
        assertThat(tree.child(1L, " BAKING ")).contains(BAKING);
        assertThat(tree.child(4L, "Baking")).contains(HOME_BAKING);
        assertThat(tree.child(null, "FOOD")).contains(FOOD);
        assertThat(tree.child(null, "Baking")).isEmpty();
        assertThat(tree.child(2L, "dinners")).isEmpty();
    }

    @Test
    void finds_every_category_of_a_name_wherever_it_sits_in_tree_order() {
        assertThat(tree.named("baking")).containsExactly(BAKING, HOME_BAKING);
        assertThat(tree.named("Bread")).containsExactly(BREAD);
        assertThat(tree.named("garden")).isEmpty();
    }

    @Test
    void finds_a_category_by_id() {
        assertThat(tree.find(5)).contains(DINNERS);
        assertThat(tree.find(99)).isEmpty();
    }

    @Test
    void orders_siblings_of_the_same_name_by_id() {
        Category second = new Category(20, "Snacks", null);
        Category first = new Category(10, "snacks", null);

        CategoryTree twins = new CategoryTree(List.of(second, first));

        assertThat(twins.roots()).containsExactly(first, second);
    }

    @Test
    void tells_how_deep_a_category_sits_and_how_many_levels_it_spans() {
        assertThat(tree.depth(1)).isEqualTo(1);
        assertThat(tree.depth(3)).isEqualTo(3);
        assertThat(tree.height(1)).isEqualTo(3);
        assertThat(tree.height(2)).isEqualTo(2);
        assertThat(tree.height(3)).isEqualTo(1);
    }

    @Test
    void finds_a_category_by_its_path_of_names_ignoring_case() {
        assertThat(tree.atPath(List.of("FOOD", "baking", "bread"))).contains(BREAD);
        assertThat(tree.atPath(List.of("Home", "Baking"))).contains(HOME_BAKING);
        assertThat(tree.atPath(List.of("Baking"))).isEmpty();
        assertThat(tree.atPath(List.of("food", "bread"))).isEmpty();
    }

    @Test
    void answers_about_stored_parents_that_loop_without_spinning() {
        Category left = new Category(30, "Left", 31L);
        Category right = new Category(31, "Right", 30L);

        CategoryTree looped = new CategoryTree(List.of(FOOD, left, right));

        assertThat(looped.path(30)).isEqualTo("Right/Left");
        assertThat(looped.subtree(30)).containsExactlyInAnyOrder(30L, 31L);
        assertThat(looped.depth(31)).isEqualTo(2);
        assertThat(looped.depthFirst()).containsExactly(FOOD);
    }

    @Test
    void walks_a_tree_far_deeper_than_the_call_stack_would_allow() {
        List<Category> chain = new ArrayList<>();
        for (long id = 1; id <= 100_000; id++) {
            chain.add(new Category(id, "c" + id, id == 1 ? null : id - 1));
        }

        CategoryTree deep = new CategoryTree(chain);

        assertThat(deep.depthFirst()).hasSize(100_000);
        assertThat(deep.subtree(1)).hasSize(100_000);
    }
}
