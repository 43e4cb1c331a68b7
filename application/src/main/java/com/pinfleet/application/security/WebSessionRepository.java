package com.pinfleet.application.security;

import java.time.Instant;
import java.util.Optional;

/** The sessions of logged-in browsers, shared by every node. */
public interface WebSessionRepository {

    void add(WebSession session);

    Optional<WebSession> find(String tokenHash);

    void delete(String tokenHash);

    void deleteAll();

    void deleteExpired(Instant now);
}
