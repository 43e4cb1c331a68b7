package com.pinfleet.domain.category;

/** A folder for accounts. Categories nest; {@code parentId} is null at the top. */
public record Category(long id, String name, Long parentId) {
}
