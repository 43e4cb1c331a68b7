package com.pinfleet.application.engine;

import java.time.Instant;

/** Per-account log lines: what automation did for the account, in sentences an operator can read. */
public interface AccountLogRepository {

    void add(long accountId, Instant at, String level, String message);
}
