package com.pinfleet.application.account;

import com.pinfleet.domain.automation.AutomationState;
import com.pinfleet.domain.proxy.ProxyMode;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which accounts a listing holds. Every part is optional (null); the parts combine.
 *
 * @param search            part of the username, any case
 * @param categoryIds       accounts filed under one of these categories
 * @param uncategorized     accounts filed under no category, when true
 * @param automation        accounts whose automation is in this state
 * @param firstEnabledFrom  accounts whose automation started on or after this day
 * @param firstEnabledUntil accounts whose automation started on or before this day
 */
public record AccountFilter(
        String search,
        Set<Long> categoryIds,
        Boolean uncategorized,
        ProxyMode proxyMode,
        AutomationState automation,
        Boolean directSave,
        LocalDate firstEnabledFrom,
        LocalDate firstEnabledUntil) {

    public static final AccountFilter ALL = new AccountFilter(null, null, null, null, null, null, null, null);
}
