package com.pinfleet.domain.account;

/** Whether Pinfleet holds a token set that lets it act for the account on Pinterest. */
public enum AuthStatus {
    CONNECTED("connected"),
    NEEDS_AUTH("needs_auth");

    private final String wireName;

    AuthStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AuthStatus fromWireName(String name) {
        for (AuthStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown auth status: " + name);
    }
}
