package com.pinfleet.persistence;

import com.pinfleet.application.settings.SettingsRepository;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiSettingsRepository implements SettingsRepository {

    private final Jdbi jdbi;

    public JdbiSettingsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> find(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("select setting_value from settings where name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public void put(String name, String value) {
        jdbi.useTransaction(handle -> {
            int inserted = handle.createUpdate("""
                            insert into settings (name, setting_value) values (:name, :value)
                            on conflict do nothing
                            """)
                    .bind("name", name)
                    .bind("value", value)
                    .execute();
            if (inserted == 0) {
                handle.createUpdate("update settings set setting_value = :value where name = :name")
                        .bind("name", name)
                        .bind("value", value)
                        .execute();
            }
        });
    }

    @Override
    public void remove(String name) {
        jdbi.useHandle(handle -> handle.createUpdate("delete from settings where name = :name")
                .bind("name", name)
                .execute());
    }
}
