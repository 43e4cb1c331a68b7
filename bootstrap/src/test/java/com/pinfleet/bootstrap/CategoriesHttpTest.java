package com.pinfleet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
