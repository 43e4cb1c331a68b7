package com.pinfleet.application.account;

import com.pinfleet.application.category.Categories;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.category.Category;
import com.pinfleet.domain.category.CategoryName;
import com.pinfleet.domain.category.CategoryTree;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The category an operator files an account under: by id ({@code categoryId}), by name or path
 * ({@code category}, such as {@code Food/Baking}), or none (neither given, or a blank name). When both are
 * given they must name the same category: one is not silently preferred to the other.
 */
public record CategoryChoice(String category, Long categoryId) {

    public static final CategoryChoice NONE = new CategoryChoice(null, null);

    /**
     * The id of the category chosen, or null for none. A name or path that does not exist is created.
     *
     * @throws NotFoundException     when {@code categoryId} names no category
     * @throws InvalidInputException when {@code category} and {@code categoryId} name different categories, or
     *                               a single name belongs to several categories
     */
    public Long resolve(Categories categories) {
        return resolve(categories, new HashMap<>());
    }

    /** As {@link #resolve(Categories)}, looking up each name or path once across calls sharing {@code byName}. */
    public Long resolve(Categories categories, Map<String, Long> byName) {
        boolean named = category != null && !category.isBlank();
        if (categoryId != null) {
            Category chosen = categories.get(categoryId);
            CategoryTree tree = named ? categories.tree() : null;
            if (named && !names(tree, chosen)) {
                throw new InvalidInputException("category", "category '" + category.strip() + "' and category_id "
                        + categoryId + " (" + tree.path(categoryId) + ") name different categories; give one"
                        + " of them, or both naming the same category");
            }
            return chosen.id();
        }
        if (!named) {
            return null;
        }
        return byName.computeIfAbsent(category.strip(), name -> categories.resolveOrCreate(name).id());
    }

    /** Whether {@code category} names {@code chosen}: its own name alone, or its path from the top. */
    private boolean names(CategoryTree tree, Category chosen) {
        List<String> given = keys(category);
        List<String> path = keys(tree.path(chosen.id()));
        return given.size() == 1 ? given.getFirst().equals(CategoryName.key(chosen.name())) : given.equals(path);
    }

    private static List<String> keys(String path) {
        return Arrays.stream(path.split(CategoryName.PATH_SEPARATOR))
                .filter(part -> !part.isBlank())
                .map(CategoryName::key)
                .toList();
    }
}
