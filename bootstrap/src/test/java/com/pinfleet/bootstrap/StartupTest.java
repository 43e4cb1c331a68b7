package com.pinfleet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTest {

    @TempDir
    Path workDir;

    @Test
    void a_master_key_other_than_the_databases_stops_the_start() {
        Path dataDir = workDir.resolve("data");
        try (RunningServer server = RunningServer.start(dataDir)) {
            Fleet.connected(server.admin(), "keyed", "sim_at_keyed");
        }
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);

        assertThatThrownBy(() -> RunningServer.start(dataDir, Map.of("PINFLEET_MASTER_KEY", otherKey)))
                .hasMessageContaining("master key is not the one");
    }

    @Test
    void a_new_data_directory_is_readable_by_the_servers_user_only() throws Exception {
        Path dataDir = workDir.resolve("fresh");
        try (RunningServer server = RunningServer.start(dataDir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.dataDir())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void settings_come_from_flags_before_variables_before_defaults() {
        Config config = Config.parse(new String[] {"--port=6001", "--data-dir", "/tmp/x"},
                Map.of("PINFLEET_PORT", "7001", "PINFLEET_HOST", "127.0.0.1", "PINFLEET_ADMIN_PASSWORD", "secret!!"));

        assertThat(config.port()).isEqualTo(6001);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(config.pinterest()).isEqualTo("sim");
        assertThat(config.toString()).doesNotContain("secret!!");
    }

    @Test
    void bad_settings_are_refused_naming_the_option() {
        assertThatThrownBy(() -> Config.parse(new String[] {"--port", "http"}, Map.of()))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> Config.parse(new String[] {"--colour", "blue"}, Map.of()))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> Config.parse(new String[0], Map.of("PINFLEET_PINTEREST", "web")))
                .hasMessageContaining("sim or api");
    }

    @Test
    void a_database_password_in_the_url_is_masked_in_the_settings_line() {
        Config config = Config.parse(new String[] {"--db-url", "jdbc:postgresql://db/pinfleet?password=hunter2"},
                Map.of());

        assertThat(config.toString()).contains("password=****").doesNotContain("hunter2");
    }
}
