package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

class MigrationTest extends OnBothDatabases {

    private static final List<String> TABLES = List.of("settings", "web_sessions", "categories", "accounts",
            "account_secrets", "boards", "save_items", "automation", "day_plans", "plan_sessions", "daily_activity",
            "runs", "account_logs", "scheduled_tasks", "board_syncs", "pin_drafts");

    @Test
    void opening_an_empty_database_applies_every_migration_successfully() {
        Flyway flyway = Flyway.configure().dataSource(db.database().dataSource())
                .locations("classpath:db/migration").load();

        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).isNotEmpty();
        assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void the_schema_the_connections_use_holds_every_table_the_repositories_use() {
        String schema = db.kind() == TestDatabase.Kind.POSTGRESQL ? db.schema() : "public";

        List<String> tables = jdbi().withHandle(handle -> handle.createQuery("""
                        select table_name from information_schema.tables
                        where table_schema = :schema and table_type in ('BASE TABLE', 'TABLE')
                        """)
                .bind("schema", schema)
                .mapTo(String.class)
                .list());
        String current = jdbi().withHandle(handle -> handle.createQuery("select current_schema()")
                .mapTo(String.class)
                .one());

        assertThat(current).isEqualTo(schema);
        assertThat(tables).containsAll(TABLES).contains("flyway_schema_history");
    }

    @Test
    void opening_a_migrated_database_again_changes_nothing() {
        int before = historyRows();

        try (Database again = db.reopen()) {
            new JdbiSettingsRepository(again.jdbi()).put("a", "b");
        }

        assertThat(historyRows()).isEqualTo(before);
        assertThat(new JdbiSettingsRepository(jdbi()).find("a")).contains("b");
    }

    @Test
    void the_database_names_its_product() {
        String expected = db.kind() == TestDatabase.Kind.H2 ? "H2" : "PostgreSQL";

        String product = db.database().productName();

        assertThat(product).isEqualTo(expected);
    }

    private int historyRows() {
        return jdbi().withHandle(handle -> handle.createQuery("select count(*) from flyway_schema_history")
                .mapTo(Integer.class)
                .one());
    }
}
