package com.pinfleet.domain.proxy;

import com.pinfleet.domain.Parsed;
import java.util.Locale;

/** How an account reaches Pinterest: through a generated IPRoyal proxy, a proxy of its own, or directly. */
public enum ProxyMode {
    IPROYAL,
    CUSTOM,
    DIRECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Parsed<ProxyMode> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.rejected("proxy mode is missing (iproyal, custom or direct)");
        }
        for (ProxyMode mode : values()) {
            if (mode.wireName().equals(raw.strip().toLowerCase(Locale.ROOT))) {
                return Parsed.ok(mode);
            }
        }
        return Parsed.rejected("proxy mode '" + raw.strip() + "' is not one of iproyal, custom, direct");
    }
}
