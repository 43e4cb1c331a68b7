package com.pinfleet.application.board;

/** Work done later by whichever node is free, kept in the database until it is done. */
public interface BackgroundTasks {

    /** Syncs the account's boards with Pinterest soon; asking again before it ran asks once. */
    void syncBoards(long accountId);
}
