package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiSettingsRepositoryTest extends OnBothDatabases {

    private JdbiSettingsRepository settings;

    @BeforeEach
    void repository() {
        settings = new JdbiSettingsRepository(jdbi());
    }

    @Test
    void a_setting_that_was_put_is_found_by_its_name() {
        settings.put("max_concurrent", "7");

        assertThat(settings.find("max_concurrent")).contains("7");
        assertThat(settings.find("other")).isEmpty();
    }

    @Test
    void putting_a_setting_again_overwrites_its_value() {
        settings.put("max_concurrent", "7");

        settings.put("max_concurrent", "9");

        assertThat(settings.find("max_concurrent")).contains("9");
        assertThat(number("select count(*) from settings")).isEqualTo(1);
    }

    @Test
    void a_new_setting_put_from_several_places_at_once_keeps_one_of_the_values() {
        AtOnce.run(8, thread -> () -> {
            settings.put("max_concurrent", Integer.toString(thread));
            return null;
        });

        assertThat(settings.find("max_concurrent")).hasValueSatisfying(value ->
                assertThat(Integer.parseInt(value)).isBetween(0, 7));
        assertThat(number("select count(*) from settings")).isEqualTo(1);
    }

    @Test
    void a_long_value_with_any_characters_is_kept_exactly() {
        String value = "Zürich ✓ 'quoted' \"double\" \\ % _ ".repeat(100);

        settings.put("schedule", value);

        assertThat(settings.find("schedule")).contains(value);
    }

    @Test
    void a_removed_setting_is_gone_and_the_others_stay() {
        settings.put("a", "1");
        settings.put("b", "2");

        settings.remove("a");
        settings.remove("never-set");

        assertThat(settings.find("a")).isEmpty();
        assertThat(settings.find("b")).contains("2");
    }
}
