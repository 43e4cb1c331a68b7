package com.pinfleet.application.category;

import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.category.Category;
import com.pinfleet.domain.category.CategoryName;
import com.pinfleet.domain.category.CategoryTree;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Creating, finding, renaming, moving and deleting categories. */
public final class Categories {

    /** How long the tree shown beside listings is kept before it is read again. */
    public static final Duration DISPLAY_REREAD = Duration.ofSeconds(2);

    private final CategoryRepository repository;
    private final CategoryMembers members;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private volatile ShownTree shown;

    public Categories(CategoryRepository repository, CategoryMembers members, UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.members = members;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The tree as stored now, for decisions. */
    public CategoryTree tree() {
        return new CategoryTree(repository.all());
    }

    private record ShownTree(CategoryTree tree, Instant readAt) {
    }

    /**
     * The tree for showing beside listings, which ask for it many times a second: read again at most every
     * {@link #DISPLAY_REREAD}. A change made on this node shows at once; one made on another node within that
     * time.
     */
    public CategoryTree treeForDisplay() {
        Instant now = clock.instant();
        ShownTree current = shown;
        if (current == null || !current.readAt().plus(DISPLAY_REREAD).isAfter(now) || current.readAt().isAfter(now)) {
            current = new ShownTree(tree(), now);
            shown = current;
        }
        return current.tree();
    }

    /**
     * Runs a change of the tree in one transaction; the tree shown is read afresh afterwards, whether the
     * change held or not.
     */
    private <T> T changing(Supplier<T> change) {
        try {
            return unitOfWork.inTransaction(change::get);
        } finally {
            shown = null;
        }
    }

    /** @throws NotFoundException when there is no category with this id */
    public Category get(long id) {
        return tree().find(id).orElseThrow(() -> new NotFoundException("Category not found: " + id));
    }

    public Category create(String name, Long parentId) {
        String checkedName = CategoryName.parse(name).orThrow("name");
        return changing(() -> {
            CategoryTree tree = lockedTree();
            if (parentId != null) {
                tree.find(parentId).orElseThrow(() -> new NotFoundException("Category not found: " + parentId));
                requireRoom(tree.depth(parentId) + 1, tree.path(parentId) + CategoryName.PATH_SEPARATOR + checkedName);
            }
            return repository.add(checkedName, parentId);
        });
    }

    /** Renames and moves a category; a move under itself or its own descendant is refused. */
    public Category update(long id, String name, Long parentId) {
        String checkedName = CategoryName.parse(name).orThrow("name");
        return changing(() -> {
            CategoryTree tree = lockedTree();
            tree.find(id).orElseThrow(() -> new NotFoundException("Category not found: " + id));
            if (parentId != null) {
                tree.find(parentId)
                        .orElseThrow(() -> new NotFoundException("Parent category not found: " + parentId));
                if (tree.isWithin(parentId, id)) {
                    throw new ConflictException("Cannot move category " + id
                            + " under itself or its descendant " + parentId);
                }
                requireRoom(tree.depth(parentId) + tree.height(id),
                        "category " + id + " and the " + (tree.height(id) - 1) + " levels below it under "
                                + tree.path(parentId));
            }
            repository.update(id, checkedName, parentId);
            return new Category(id, checkedName, parentId);
        });
    }

    /**
     * Deletes a category. Its child categories and its accounts move up to its parent (to the top and to no
     * category when it had none), so nothing below it is lost.
     *
     * @throws ConflictException when another request files an account or a category under it meanwhile
     */
    public void delete(long id) {
        changing(() -> {
            Category category = lockedTree().find(id)
                    .orElseThrow(() -> new NotFoundException("Category not found: " + id));
            repository.moveChildren(id, category.parentId());
            members.moveAccounts(id, category.parentId());
            deleteEmptied(id);
            return category;
        });
    }

    private void deleteEmptied(long id) {
        try {
            repository.delete(id);
        } catch (ConflictException e) {
            throw new ConflictException("Category " + id + " was not deleted: another request filed an account or"
                    + " a category under it meanwhile; try again");
        }
    }

    /**
     * The category an operator named: a path such as {@code Food/Baking}, or a single name. A name that
     * exists once anywhere in the tree is that category; a name or path that does not exist is created,
     * level by level, from the top.
     *
     * @throws InvalidInputException when a single name belongs to several categories
     */
    public Category resolveOrCreate(String nameOrPath) {
        List<String> names = CategoryName.parsePath(nameOrPath).orThrow("category");
        Optional<Category> existing = existing(tree(), names);
        if (existing.isPresent()) {
            return existing.get();
        }
        return changing(() -> {
            CategoryTree tree = lockedTree();
            Optional<Category> madeMeanwhile = existing(tree, names);
            if (madeMeanwhile.isPresent()) {
                return madeMeanwhile.get();
            }
            Category current = null;
            for (String name : names) {
                Long parentId = current == null ? null : current.id();
                current = tree.child(parentId, name).orElseGet(() -> repository.add(name, parentId));
            }
            return current;
        });
    }

    /** The category a name or path stands for when it exists: a lone name may be anywhere, once. */
    private static Optional<Category> existing(CategoryTree tree, List<String> names) {
        if (names.size() == 1) {
            List<Category> matches = tree.named(names.getFirst());
            if (matches.size() > 1) {
                throw new InvalidInputException("category", "category '" + names.getFirst()
                        + "' exists in several places; give its path, such as " + tree.path(matches.getFirst().id()));
            }
            return matches.stream().findFirst();
        }
        return tree.atPath(names);
    }

    /**
     * The tree as stored, read after taking the lock on changes to it, so two crossing moves cannot both pass
     * the checks against their own reading and leave parents that loop. Callers are in a transaction.
     */
    private CategoryTree lockedTree() {
        repository.lockForChange();
        return tree();
    }

    private static void requireRoom(int depth, String what) {
        if (depth > CategoryName.MAX_DEPTH) {
            throw new InvalidInputException("parent_id", "that would put " + what + " " + depth
                    + " levels deep; categories may be at most " + CategoryName.MAX_DEPTH + " deep");
        }
    }
}
