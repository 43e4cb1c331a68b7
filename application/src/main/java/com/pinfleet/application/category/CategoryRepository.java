package com.pinfleet.application.category;

import com.pinfleet.domain.category.Category;
import java.util.List;

/** The category tree. Names are unique among siblings, ignoring case. */
public interface CategoryRepository {

    List<Category> all();

    /**
     * Takes the lock every change of the tree takes first, held until the current transaction ends, so changes
     * are checked against the tree one after another.
     */
    void lockForChange();

    /** @throws com.pinfleet.application.common.ConflictException when a sibling has the name */
    Category add(String name, Long parentId);

    /** @throws com.pinfleet.application.common.ConflictException when a new sibling has the name */
    void update(long id, String name, Long parentId);

    /** Deletes the category; the caller has moved its children and accounts first. */
    void delete(long id);

    /** Moves every child of {@code id} under {@code newParentId} (null: the top). */
    void moveChildren(long id, Long newParentId);
}
