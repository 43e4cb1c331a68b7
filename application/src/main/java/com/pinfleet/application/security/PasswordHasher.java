package com.pinfleet.application.security;

/** Hashes operator passwords with a slow, memory-hard function and checks passwords against hashes. */
public interface PasswordHasher {

    String hash(String password);

    /** True when {@code password} is the one {@code hash} was made from. */
    boolean matches(String password, String hash);
}
