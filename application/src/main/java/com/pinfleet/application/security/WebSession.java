package com.pinfleet.application.security;

import java.time.Instant;

/**
 * A logged-in browser. Only a keyed hash of the cookie's token is kept, so a copy of the database does not
 * let anyone in, and a new secret key ends every session at once.
 */
public record WebSession(String tokenHash, String username, Instant createdAt, Instant expiresAt) {
}
