package com.pinfleet.application.settings;

import java.util.Optional;

/** The server's own settings, one text value per name. */
public interface SettingsRepository {

    Optional<String> find(String name);

    void put(String name, String value);

    void remove(String name);
}
