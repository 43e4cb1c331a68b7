package com.pinfleet.application.pinterest;

import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.proxy.ProxyUrl;

/**
 * What a call to Pinterest needs to act for one account: its tokens and the proxy its traffic goes through
 * ({@code proxy} null for direct). {@code username} is Pinfleet's name for the account, for logs.
 */
public record PinterestAccess(long accountId, String username, TokenSet tokens, ProxyUrl proxy) {

    @Override
    public String toString() {
        return "PinterestAccess[" + username + "]";
    }
}
