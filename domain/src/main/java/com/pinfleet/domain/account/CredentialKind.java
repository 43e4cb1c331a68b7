package com.pinfleet.domain.account;

/** The files an operator hands over for an account; each is kept encrypted and never shown again. */
public enum CredentialKind {
    /** A token set (access token, refresh token, expiry), or anything else the operator had. */
    COOKIES("cookies"),
    /** A browser fingerprint description; stored and reported only. */
    FINGERPRINT("fingerprint");

    private final String fileStem;

    CredentialKind(String fileStem) {
        this.fileStem = fileStem;
    }

    /** The name the file carries in uploads and archives, without its extension. */
    public String fileStem() {
        return fileStem;
    }
}
