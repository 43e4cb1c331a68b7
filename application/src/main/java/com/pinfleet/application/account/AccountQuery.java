package com.pinfleet.application.account;

/**
 * A listing as an operator asks for it: every filter as given (null when absent), not yet checked.
 *
 * @param category   a category name or path; accounts in its subcategories match too
 * @param categoryId a category id; accounts in its subcategories match too
 * @param status     an automation state: running, sleeping, waiting, error or disabled
 * @param directSave true or false (also yes/no, on/off, 1/0)
 * @param week       the smart saves week of the account's automation (1 = days 1-7)
 */
public record AccountQuery(String search, String category, Long categoryId, String proxyMode, String status,
                           String directSave, String week, int page, int perPage) {
}
