package com.pinfleet.application.account;

import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import java.time.Instant;

/** An account about to be stored; its id comes from the repository. */
public record NewAccount(
        Username username,
        Long categoryId,
        ProxyMode proxyMode,
        String maskedProxy,
        AuthStatus authStatus,
        Instant createdAt) {
}
