package com.pinfleet.persistence;

import com.pinfleet.application.category.CategoryRepository;
import com.pinfleet.domain.category.Category;
import com.pinfleet.domain.category.CategoryName;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

public final class JdbiCategoryRepository implements CategoryRepository {

    private final Jdbi jdbi;

    public JdbiCategoryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Category> all() {
        return jdbi.withHandle(handle -> handle.createQuery("select id, name, parent_id from categories")
                .map((rs, ctx) -> new Category(rs.getLong("id"), rs.getString("name"),
                        Rows.nullableLong(rs, "parent_id")))
                .list());
    }

    @Override
    public void lockForChange() {
        jdbi.useHandle(handle -> handle.createQuery("select id from category_change_lock where id = 1 for update")
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public Category add(String name, Long parentId) {
        long id = Sql.unique(() -> jdbi.withHandle(handle -> handle.createUpdate("""
                                insert into categories (name, name_key, parent_id, parent_key)
                                values (:name, :nameKey, :parentId, :parentKey)
                                """)
                        .bind("name", name)
                        .bind("nameKey", CategoryName.key(name))
                        .bind("parentId", parentId)
                        .bind("parentKey", parentId == null ? 0L : parentId)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one()),
                "A category named '" + name + "' already exists there");
        return new Category(id, name, parentId);
    }

    @Override
    public void update(long id, String name, Long parentId) {
        Sql.unique(() -> jdbi.withHandle(handle -> handle.createUpdate("""
                                update categories
                                set name = :name, name_key = :nameKey, parent_id = :parentId, parent_key = :parentKey
                                where id = :id
                                """)
                        .bind("id", id)
                        .bind("name", name)
                        .bind("nameKey", CategoryName.key(name))
                        .bind("parentId", parentId)
                        .bind("parentKey", parentId == null ? 0L : parentId)
                        .execute()),
                "A category named '" + name + "' already exists there");
    }

    @Override
    public void delete(long id) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from categories where id = :id").bind("id", id).execute());
    }

    @Override
    public void moveChildren(long id, Long newParentId) {
        Sql.unique(() -> jdbi.withHandle(handle -> handle.createUpdate("""
                                update categories set parent_id = :parentId, parent_key = :parentKey
                                where parent_id = :id
                                """)
                        .bind("id", id)
                        .bind("parentId", newParentId)
                        .bind("parentKey", newParentId == null ? 0L : newParentId)
                        .execute()),
                "A subcategory has the same name as a category it would move beside; rename one first");
    }
}
