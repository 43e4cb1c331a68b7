package com.pinfleet.http;

import com.pinfleet.application.category.Categories;
import com.pinfleet.domain.category.Category;
import com.pinfleet.domain.category.CategoryTree;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** The category tree: flat, nested, created, renamed or moved, deleted. */
final class CategoryRoutes {

    private final Categories categories;
    private final Bodies bodies;

    CategoryRoutes(Categories categories, Bodies bodies) {
        this.categories = categories;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/categories", this::flat);
        routes.get("/api/categories/tree", this::tree);
        routes.post("/api/categories", this::create);
        routes.put("/api/categories/{id}", this::update);
        routes.delete("/api/categories/{id}", this::delete);
    }

    private void flat(Context ctx) {
        CategoryTree tree = categories.tree();
        ctx.jsonStream(Map.of("categories", tree.depthFirst().stream().map(c -> Views.category(c, tree)).toList()));
    }

    private void tree(Context ctx) {
        ctx.jsonStream(Map.of("tree", Views.categoryTree(categories.tree(), null, null)));
    }

    private record CategoryBody(String name, Long parentId) {
    }

    private void create(Context ctx) {
        CategoryBody body = bodies.readOnlyKnown(ctx, CategoryBody.class);
        Category created = categories.create(Bodies.required(body.name(), "name"), body.parentId());
        ctx.jsonStream(Map.of("success", true, "category", Views.category(created, categories.tree())));
    }

    /** Renames and moves; a field left out keeps its value, {@code "parent_id": null} moves to the top. */
    private void update(Context ctx) {
        CategoryBody body = bodies.readOnlyKnown(ctx, CategoryBody.class);
        long id = Params.pathLong(ctx, "id");
        Category current = categories.get(id);
        String name = body.name() != null ? body.name() : current.name();
        Long parentId = bodies.has(ctx, "parent_id") ? body.parentId() : current.parentId();
        Category updated = categories.update(id, name, parentId);
        ctx.jsonStream(Map.of("success", true, "category", Views.category(updated, categories.tree())));
    }

    private void delete(Context ctx) {
        categories.delete(Params.pathLong(ctx, "id"));
        ctx.jsonStream(Map.of("success", true));
    }
}
