package com.pinfleet.application.fakes;

import com.pinfleet.application.settings.SettingsRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings in a map. */
public final class FakeSettingsRepository implements SettingsRepository, TransactionalFake<Map<String, String>> {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public synchronized Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public synchronized void put(String name, String value) {
        values.put(name, value);
    }

    @Override
    public synchronized void remove(String name) {
        values.remove(name);
    }

    @Override
    public synchronized Map<String, String> snapshot() {
        return Map.copyOf(values);
    }

    @Override
    public synchronized void restore(Map<String, String> snapshot) {
        values.clear();
        values.putAll(snapshot);
    }
}
