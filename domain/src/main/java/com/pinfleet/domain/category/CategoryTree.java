package com.pinfleet.domain.category;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All categories at one moment, with the questions that need the whole tree: paths, subtrees, moves. */
public final class CategoryTree {

    private static final Comparator<Category> BY_NAME =
            Comparator.comparing((Category c) -> CategoryName.key(c.name())).thenComparing(Category::id);

    private final Map<Long, Category> byId = new HashMap<>();
    private final Map<Long, List<Category>> childrenOf = new HashMap<>();

    public CategoryTree(Collection<Category> categories) {
        for (Category category : categories) {
            byId.put(category.id(), category);
        }
        for (Category category : categories) {
            childrenOf.computeIfAbsent(parentKey(category.parentId()), key -> new ArrayList<>()).add(category);
        }
        childrenOf.values().forEach(list -> list.sort(BY_NAME));
    }

    private static long parentKey(Long parentId) {
        return parentId == null ? 0L : parentId;
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Category> roots() {
        return children(null);
    }

    public List<Category> children(Long parentId) {
        return childrenOf.getOrDefault(parentKey(parentId), List.of());
    }

    /** Every category reachable from the top, parents before children, siblings by name. */
    public List<Category> depthFirst() {
        List<Category> ordered = new ArrayList<>();
        appendSubtree(null, ordered);
        return ordered;
    }

    /**
     * Appends everything below {@code parentId} in depth-first order. Walks with its own stack, and visits each
     * category once, so neither a deep tree nor stored parents that loop can overflow or spin.
     */
    private void appendSubtree(Long parentId, List<Category> into) {
        Set<Long> visited = new HashSet<>();
        Deque<Category> pending = new ArrayDeque<>(children(parentId));
        while (!pending.isEmpty()) {
            Category next = pending.pop();
            if (visited.add(next.id())) {
                into.add(next);
                children(next.id()).reversed().forEach(pending::push);
            }
        }
    }

    /** The names from the top down to the category, joined by slashes: {@code Food/Baking}. */
    public String path(long id) {
        List<String> names = new ArrayList<>();
        for (Category category : ancestry(id)) {
            names.addFirst(category.name());
        }
        return String.join(CategoryName.PATH_SEPARATOR, names);
    }

    /** The category and its parents up to the top, stopping should stored parents ever loop. */
    private List<Category> ancestry(long id) {
        List<Category> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Category current = byId.get(id);
        while (current != null && seen.add(current.id())) {
            chain.add(current);
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return chain;
    }

    /** How deep the category sits: 1 at the top. */
    public int depth(long id) {
        return ancestry(id).size();
    }

    /** How many levels the category and those below it span: 1 for a category without children. */
    public int height(long id) {
        int deepest = depth(id);
        for (long below : subtree(id)) {
            deepest = Math.max(deepest, depth(below));
        }
        return deepest - depth(id) + 1;
    }

    /** The category with this path of names from the top, compared as {@link #child} compares them. */
    public Optional<Category> atPath(List<String> names) {
        Category current = null;
        for (String name : names) {
            Optional<Category> next = child(current == null ? null : current.id(), name);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.ofNullable(current);
    }

    /** The category and all below it. Empty when the id is unknown. */
    public Set<Long> subtree(long id) {
        Set<Long> ids = new LinkedHashSet<>();
        if (byId.containsKey(id)) {
            ids.add(id);
            List<Category> below = new ArrayList<>();
            appendSubtree(id, below);
            below.forEach(category -> ids.add(category.id()));
        }
        return ids;
    }

    /** True when {@code candidate} is {@code ancestor} itself or lies below it. */
    public boolean isWithin(long candidate, long ancestor) {
        return subtree(ancestor).contains(candidate);
    }

    /** The child of {@code parentId} with this name, compared ignoring case. */
    public Optional<Category> child(Long parentId, String name) {
        String key = CategoryName.key(name);
        return children(parentId).stream().filter(c -> CategoryName.key(c.name()).equals(key)).findFirst();
    }

    /** Every category with this name, wherever it sits. */
    public List<Category> named(String name) {
        String key = CategoryName.key(name);
        return depthFirst().stream().filter(c -> CategoryName.key(c.name()).equals(key)).toList();
    }
}
