package com.pinfleet.domain.account;

import java.time.Instant;

/**
 * The OAuth tokens that let Pinfleet act for an account through API v5. {@code expiresAt} is null when the
 * file did not say. The tokens are secrets: this type never prints them.
 */
public record TokenSet(String accessToken, String refreshToken, Instant expiresAt) {

    public TokenSet {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("a token set needs an access token");
        }
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    @Override
    public String toString() {
        return "TokenSet[expiresAt=" + expiresAt + "]";
    }
}
