package com.pinfleet.application.account;

import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.proxy.ProxyMode;
import com.pinfleet.domain.proxy.ProxyUrl;

/** An account's proxy mode together with the proxy it uses ({@code proxy} null when it has none). */
public record ProxyChoice(ProxyMode mode, ProxyUrl proxy) {

    public static final ProxyChoice DIRECT = new ProxyChoice(ProxyMode.DIRECT, null);

    /**
     * Reads a proxy and a mode as an operator gives them, either may be blank: a proxy without a mode is
     * {@code custom}, neither is {@code direct}; {@code custom} needs a proxy and {@code direct} takes none.
     */
    public static Parsed<ProxyChoice> parse(String proxy, String mode) {
        boolean hasProxy = proxy != null && !proxy.isBlank();
        boolean hasMode = mode != null && !mode.isBlank();
        if (!hasMode) {
            return hasProxy ? ProxyUrl.parse(proxy).map(url -> new ProxyChoice(ProxyMode.CUSTOM, url))
                    : Parsed.ok(DIRECT);
        }
        return switch (ProxyMode.parse(mode)) {
            case Parsed.Rejected<ProxyMode> rejected -> Parsed.rejected(rejected.reason());
            case Parsed.Ok<ProxyMode>(ProxyMode chosen) when chosen == ProxyMode.DIRECT && hasProxy ->
                    Parsed.rejected("a proxy was given but proxy_mode is direct");
            case Parsed.Ok<ProxyMode>(ProxyMode chosen) when chosen == ProxyMode.CUSTOM && !hasProxy ->
                    Parsed.rejected("proxy_mode custom needs a proxy");
            case Parsed.Ok<ProxyMode>(ProxyMode chosen) -> hasProxy
                    ? ProxyUrl.parse(proxy).map(url -> new ProxyChoice(chosen, url))
                    : Parsed.ok(new ProxyChoice(chosen, null));
        };
    }

    public String maskedProxy() {
        return proxy == null ? null : proxy.masked();
    }
}
