package com.pinfleet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoriesHttpTest {

    @TempDir
    Path dataDir;

    private RunningServer server;
    private ApiClient admin;

    @BeforeEach
    void start() {
        server = RunningServer.start(dataDir);
        admin = server.admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_created_category_is_answered_with_its_path() {
        long food = create("Food", null);

        ApiClient.Answer baking = admin.postJson("/api/categories", Map.of("name", "Baking", "parent_id", food));

        assertThat(baking.get("success").asBoolean()).isTrue();
        assertThat(baking.get("category").get("path").asText()).isEqualTo("Food/Baking");
        assertThat(baking.get("category").get("parent_id").asLong()).isEqualTo(food);
    }

    @Test
    void names_are_unique_among_siblings_ignoring_case_but_may_repeat_elsewhere() {
        long food = create("Food", null);
        long home = create("Home", null);
        create("Ideas", food);

        ApiClient.Answer sibling = admin.postJson("/api/categories", Map.of("name", "IDEAS", "parent_id", food));
        ApiClient.Answer cousin = admin.postJson("/api/categories", Map.of("name", "Ideas", "parent_id", home));
        ApiClient.Answer topLevel = admin.postJson("/api/categories", Map.of("name", "food"));

        assertThat(sibling.status()).isEqualTo(409);
        assertThat(cousin.status()).isEqualTo(200);
        assertThat(topLevel.status()).isEqualTo(409);
    }

    @Test
    void the_tree_nests_and_the_flat_list_carries_paths() {
        long food = create("Food", null);
        long baking = create("Baking", food);
        create("Bread", baking);

        JsonNode tree = admin.get("/api/categories/tree").get("tree");
        JsonNode flat = admin.get("/api/categories").get("categories");

        assertThat(tree.get(0).get("children").get(0).get("children").get(0).get("name").asText()).isEqualTo("Bread");
        assertThat(tree.get(0).has("parent_id")).isTrue();
        assertThat(tree.get(0).get("parent_id").isNull()).isTrue();
        assertThat(tree.get(0).get("children").get(0).get("parent_id").asLong()).isEqualTo(food);
        assertThat(flat).extracting(node -> node.get("path").asText())
                .containsExactly("Food", "Food/Baking", "Food/Baking/Bread");
    }

    @Test
    void a_category_cannot_move_under_itself_or_its_descendant() {
        long food = create("Food", null);
        long baking = create("Baking", food);
        long bread = create("Bread", baking);

        ApiClient.Answer underChild = admin.putJson("/api/categories/" + food,
                Map.of("name", "Food", "parent_id", bread));
        ApiClient.Answer underItself = admin.putJson("/api/categories/" + food,
                Map.of("name", "Food", "parent_id", food));

        assertThat(underChild.status()).isEqualTo(409);
        assertThat(underItself.status()).isEqualTo(409);
        assertThat(admin.get("/api/categories").get("categories").get(0).get("path").asText()).isEqualTo("Food");
    }

    @Test
    void renaming_keeps_the_parent_and_a_null_parent_moves_to_the_top() {
        long food = create("Food", null);
        long baking = create("Baking", food);

        admin.putJson("/api/categories/" + baking, Map.of("name", "Pastry"));
        assertThat(path(baking)).isEqualTo("Food/Pastry");

        Map<String, Object> toTop = new HashMap<>();
        toTop.put("parent_id", null);
        admin.putJson("/api/categories/" + baking, toTop);
        assertThat(path(baking)).isEqualTo("Pastry");
    }

    @Test
    void deleting_a_category_moves_its_children_and_accounts_up_to_its_parent() {
        long food = create("Food", null);
        long baking = create("Baking", food);
        long bread = create("Bread", baking);
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "baker_one", "category_id", baking),
                Map.of("username", "baker_two", "category_id", bread))));

        ApiClient.Answer deleted = admin.delete("/api/categories/" + baking);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(path(bread)).isEqualTo("Food/Bread");
        assertThat(admin.get("/api/accounts/baker_one").get("category_id").asLong()).isEqualTo(food);
        assertThat(admin.get("/api/accounts/baker_two").get("category_path").asText()).isEqualTo("Food/Bread");
        assertThat(admin.delete("/api/categories/" + baking).status()).isEqualTo(404);
    }

    @Test
    void deleting_a_top_level_category_leaves_its_accounts_uncategorized() {
        long food = create("Food", null);
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "cook_one", "category_id", food))));

        admin.delete("/api/categories/" + food);

        assertThat(admin.get("/api/accounts/cook_one").get("category").isNull()).isTrue();
        assertThat(admin.get("/api/accounts").get("uncategorized_count").asInt()).isEqualTo(1);
    }

    @Test
    void filtering_by_category_takes_in_its_subcategories() {
        long food = create("Food", null);
        long baking = create("Baking", food);
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "top_cook", "category_id", food),
                Map.of("username", "pastry_cook", "category_id", baking),
                Map.of("username", "gardener", "category", "Garden"))));

        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?category_id=" + food).json()))
                .containsExactly("pastry_cook", "top_cook");
        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?category=baking").json()))
                .containsExactly("pastry_cook");
        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?category=Food/Baking").json()))
                .containsExactly("pastry_cook");
        assertThat(admin.get("/api/accounts?category=nowhere").get("total").asInt()).isZero();
        JsonNode tree = admin.get("/api/accounts").get("categories_tree");
        assertThat(tree.get(0).get("name").asText()).isEqualTo("Food");
        assertThat(tree.get(0).get("account_count").asInt()).isEqualTo(1);
    }

    @Test
    void bad_names_and_unknown_parents_are_refused() {
        assertThat(admin.postJson("/api/categories", Map.of("name", "a/b")).error()).contains("'/'");
        assertThat(admin.postJson("/api/categories", Map.of("name", "  ")).status()).isEqualTo(400);
        assertThat(admin.postJson("/api/categories", Map.of("name", "Orphan", "parent_id", 404)).status())
                .isEqualTo(404);
        assertThat(admin.putJson("/api/categories/abc", Map.of("name", "x")).status()).isEqualTo(400);
    }

    @Test
    void a_misspelt_field_is_a_400_naming_it_and_changes_nothing() {
        long food = create("Food", null);
        long baking = create("Baking", food);

        ApiClient.Answer misspeltMove = admin.putJson("/api/categories/" + baking, Map.of("parentId", food));
        ApiClient.Answer misspeltCreate = admin.postJson("/api/categories", Map.of("nme", "Garden"));

        assertThat(misspeltMove.status()).isEqualTo(400);
        assertThat(misspeltMove.error()).contains("'parentId'").contains("parent_id");
        assertThat(misspeltCreate.status()).isEqualTo(400);
        assertThat(misspeltCreate.error()).contains("'nme'");
        assertThat(admin.get("/api/categories").get("categories")).hasSize(2);
    }

    @Test
    void crossing_moves_sent_at_once_never_leave_parents_that_loop() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long left = create("Left " + round, null);
                long right = create("Right " + round, null);

                Future<ApiClient.Answer> leftUnderRight = pool.submit(() ->
                        admin.putJson("/api/categories/" + left, Map.of("parent_id", right)));
                Future<ApiClient.Answer> rightUnderLeft = pool.submit(() ->
                        admin.putJson("/api/categories/" + right, Map.of("parent_id", left)));

                assertThat(List.of(leftUnderRight.get().status(), rightUnderLeft.get().status()))
                        .containsExactlyInAnyOrder(200, 409);
                assertThat(List.of(path(left), path(right)))
                        .containsAnyOf("Left " + round + "/Right " + round, "Right " + round + "/Left " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void categories_nest_at_most_ten_deep() {
        Long parent = null;
        for (int level = 1; level <= 10; level++) {
            parent = create("Level " + level, parent);
        }
        long twig = create("Twig", null);
        create("Leaf", twig);

        ApiClient.Answer eleventh = admin.postJson("/api/categories", Map.of("name", "Level 11", "parent_id", parent));
        ApiClient.Answer moved = admin.putJson("/api/categories/" + twig,
                Map.of("parent_id", admin.get("/api/categories").get("categories").get(8).get("id").asLong()));
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(Map.of("username", "deep_one"))));
        ApiClient.Answer deepPath = admin.postMultipart("/api/accounts/deep_one/update",
                ApiClient.Part.text("category", "a/b/c/d/e/f/g/h/i/j/k"));

        assertThat(eleventh.status()).isEqualTo(400);
        assertThat(eleventh.error()).contains("at most 10 deep");
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.error()).contains("11 levels deep");
        assertThat(deepPath.status()).isEqualTo(400);
        assertThat(deepPath.error()).contains("has 11 levels");
        assertThat(admin.get("/api/categories").get("categories")).hasSize(12);
    }

    @Test
    void a_name_written_in_another_unicode_form_is_the_same_name() {
        create("Caf\u00e9", null);

        ApiClient.Answer decomposed = admin.postJson("/api/categories", Map.of("name", "Cafe\u0301"));
        ApiClient.Answer invisible = admin.postJson("/api/categories", Map.of("name", "\u200b"));

        assertThat(decomposed.status()).isEqualTo(409);
        assertThat(invisible.status()).isEqualTo(400);
        assertThat(invisible.error()).contains("no visible character");
    }

    @Test
    void a_category_filter_reads_a_path_as_assignment_does() {
        long food = create("Food", null);
        create("Cakes", food);
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "cake_cook", "category", " food // cakes /"),
                Map.of("username", "soup_cook", "category", "Food"))));

        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?category=food//cakes").json()))
                .containsExactly("cake_cook");
        assertThat(AccountsHttpTest.usernames(admin.get("/api/accounts?category=%20Food%20/%20Cakes%20/").json()))
                .containsExactly("cake_cook");
        assertThat(admin.get("/api/accounts?category=%2F%2F").status()).isEqualTo(400);
    }

    @Test
    void the_tree_beside_a_listing_follows_each_change_at_once() {
        long food = create("Food", null);
        JsonNode before = admin.get("/api/accounts").get("categories_tree");
        admin.postJson("/api/accounts/bulk-import", Map.of("accounts", List.of(
                Map.of("username", "first_cook", "category_id", food))));
        JsonNode counted = admin.get("/api/accounts").get("categories_tree");
        admin.putJson("/api/categories/" + food, Map.of("name", "Cooking"));
        JsonNode renamed = admin.get("/api/accounts").get("categories_tree");

        assertThat(before.get(0).get("account_count").asInt()).isZero();
        assertThat(counted.get(0).get("account_count").asInt()).isEqualTo(1);
        assertThat(renamed.get(0).get("name").asText()).isEqualTo("Cooking");
    }

    private long create(String name, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parent_id", parentId);
        return admin.postJson("/api/categories", body).get("category").get("id").asLong();
    }

    private String path(long id) {
        for (JsonNode category : admin.get("/api/categories").get("categories")) {
            if (category.get("id").asLong() == id) {
                return category.get("path").asText();
            }
        }
        throw new AssertionError("no category " + id);
    }
}
