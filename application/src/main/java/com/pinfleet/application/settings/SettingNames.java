package com.pinfleet.application.settings;

/** The names settings are stored under. */
public final class SettingNames {

    public static final String ADMIN_USERNAME = "admin.username";
    public static final String ADMIN_PASSWORD_HASH = "admin.password_hash";
    public static final String SESSION_SECRET = "session.secret";
    public static final String API_KEY_HASH = "api_key.hash";
    public static final String API_KEY_PREFIX = "api_key.prefix";
    public static final String MAX_CONCURRENT = "automation.max_concurrent";
    public static final String SMART_SAVES_SCHEDULE = "automation.smart_saves_schedule";

    private SettingNames() {
    }
}
