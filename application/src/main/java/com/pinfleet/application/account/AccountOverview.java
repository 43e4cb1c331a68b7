package com.pinfleet.application.account;

import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.automation.AutomationState;
import java.time.LocalDate;

/**
 * An account with what a listing shows beside it.
 *
 * @param firstEnabledOn the first day of its automation, or null if never enabled
 */
public record AccountOverview(
        Account account,
        boolean hasCookies,
        boolean hasFingerprint,
        boolean automationEnabled,
        AutomationState automationState,
        LocalDate firstEnabledOn,
        AccountStats stats) {
}
