package com.pinfleet.application.engine;

import com.pinfleet.domain.automation.AutomationState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An account's automation switch and what it is doing.
 *
 * @param firstEnabledOn day 1 of the account's automation, in the account's zone
 * @param nextRun        when its next session is due, or null
 * @param error          why its last session stopped, or null
 */
public record AutomationRecord(
        long accountId,
        String username,
        boolean saveEnabled,
        LocalDate firstEnabledOn,
        AutomationState state,
        Instant nextRun,
        String error) {
}
