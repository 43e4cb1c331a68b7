package com.pinfleet.application.category;

/** The side of the accounts that categories need to change. */
public interface CategoryMembers {

    /** Files every account of category {@code fromId} under {@code toId} (null: no category). */
    void moveAccounts(long fromId, Long toId);
}
