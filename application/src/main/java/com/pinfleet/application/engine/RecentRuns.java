package com.pinfleet.application.engine;

import com.pinfleet.domain.InvalidInputException;
import java.util.List;

/** The latest automation runs of all accounts. */
public final class RecentRuns {

    public static final int MAX_LIMIT = 200;

    private final RunRepository runs;

    public RecentRuns(RunRepository runs) {
        this.runs = runs;
    }

    /** The latest {@code limit} runs (1 to {@value #MAX_LIMIT}), newest first. */
    public List<RunRecord> latest(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return runs.recent(limit);
    }
}
