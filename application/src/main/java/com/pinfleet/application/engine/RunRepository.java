package com.pinfleet.application.engine;

import java.time.Instant;
import java.util.List;

/** The record of every session. Counters are updated in the same transaction as the action they count. */
public interface RunRepository {

    /** Opens a run and returns its id. */
    long start(long accountId, RunType type, String trigger, Instant at);

    void countSaved(long runId);

    void countFailure(long runId);

    void finish(long runId, RunStatus status, String message, Instant at);

    /** Marks the account's runs still shown as running as interrupted; returns how many. */
    int interruptRunning(long accountId, Instant at);

    /** The latest runs of all accounts, newest first. */
    List<RunRecord> recent(int limit);
}
