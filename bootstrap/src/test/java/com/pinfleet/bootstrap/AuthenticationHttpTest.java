package com.pinfleet.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticationHttpTest {

    @TempDir
    Path dataDir;

    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(dataDir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void login_sets_an_http_only_session_cookie_and_returns_the_csrf_token() {
        ApiClient.Answer login = server.anonymous()
                .postForm("/auth/login", "username=admin&password=" + RunningServer.ADMIN_PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.get("csrf_token").asText()).hasSize(32);
        assertThat(login.allHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("pinfleet_session=").contains("HttpOnly")
                        .contains("SameSite=Lax"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("pinfleet_csrf=").doesNotContain("HttpOnly"));
    }

    @Test
    void a_wrong_password_is_refused_with_401_in_json() {
        ApiClient.Answer login = server.anonymous().postForm("/auth/login", "username=admin&password=nope");

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.error()).isEqualTo("Invalid username or password");
        assertThat(login.allHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void a_login_without_a_password_is_a_400() {
        ApiClient.Answer login = server.anonymous().postForm("/auth/login", "username=admin");

        assertThat(login.status()).isEqualTo(400);
        assertThat(login.error()).contains("password");
    }

    @Test
    void repeated_failed_logins_are_throttled_with_retry_after() {
        ApiClient client = server.anonymous();
        for (int i = 0; i < 10; i++) {
            assertThat(client.postForm("/auth/login", "username=admin&password=wrong" + i).status()).isEqualTo(401);
        }

        ApiClient.Answer eleventh = client.postForm("/auth/login",
                "username=admin&password=" + RunningServer.ADMIN_PASSWORD);

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.header("Retry-After")).matches("\\d+");
    }

    @Test
    void api_routes_refuse_requests_without_credentials() {
        ApiClient.Answer answer = server.anonymous().get("/api/accounts");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.error()).contains("Not authenticated");
    }

    @Test
    void a_browser_session_reads_without_a_csrf_token_but_must_echo_it_to_change_state() {
        ApiClient browser = server.loggedIn();
        ApiClient withoutToken = server.anonymous().withHeader("Cookie", browser.headerSent("Cookie"));

        assertThat(withoutToken.get("/api/settings").status()).isEqualTo(200);
        assertThat(withoutToken.postJson("/api/settings/concurrency", Map.of("max_concurrent", 4)).status())
                .isEqualTo(403);
        assertThat(browser.postJson("/api/settings/concurrency", Map.of("max_concurrent", 4)).status())
                .isEqualTo(200);
    }

    @Test
    void logout_ends_the_session() {
        ApiClient browser = server.loggedIn();

        browser.get("/auth/logout");

        assertThat(browser.get("/api/settings").status()).isEqualTo(401);
    }

    @Test
    void the_api_key_is_shown_once_then_only_its_prefix_and_works_as_a_bearer_token() {
        ApiClient browser = server.loggedIn();

        String key = browser.post("/api/settings/api-key/regenerate").get("api_key").asText();
        ApiClient.Answer info = browser.get("/api/settings/api-key");

        assertThat(info.get("exists").asBoolean()).isTrue();
        assertThat(info.get("prefix").asText()).isEqualTo(key.substring(0, 8));
        assertThat(info.get("masked").asText()).startsWith(key.substring(0, 8)).doesNotContain(key.substring(8));
        assertThat(server.anonymous().withApiKey(key).get("/api/settings").status()).isEqualTo(200);
        assertThat(server.anonymous().withApiKey(key + "x").get("/api/settings").status()).isEqualTo(401);
    }

    @Test
    void a_regenerated_key_replaces_the_old_one_and_a_revoked_key_stops_working() {
        ApiClient browser = server.loggedIn();
        String first = browser.post("/api/settings/api-key/regenerate").get("api_key").asText();
        String second = browser.post("/api/settings/api-key/regenerate").get("api_key").asText();

        assertThat(server.anonymous().withApiKey(first).get("/api/settings").status()).isEqualTo(401);
        assertThat(server.anonymous().withApiKey(second).get("/api/settings").status()).isEqualTo(200);

        browser.post("/api/settings/api-key/revoke");

        assertThat(server.anonymous().withApiKey(second).get("/api/settings").status()).isEqualTo(401);
        assertThat(browser.get("/api/settings/api-key").get("exists").asBoolean()).isFalse();
    }

    @Test
    void api_key_requests_need_no_csrf_token() {
        ApiClient admin = server.admin();

        ApiClient.Answer answer = admin.postJson("/api/settings/concurrency", Map.of("max_concurrent", 7));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(admin.get("/api/settings").get("max_concurrent").asInt()).isEqualTo(7);
    }

    @Test
    void regenerating_the_secret_key_ends_every_session() {
        ApiClient first = server.loggedIn();
        ApiClient second = server.loggedIn();

        assertThat(first.post("/api/settings/secret-key/regenerate").status()).isEqualTo(200);

        assertThat(first.get("/api/settings").status()).isEqualTo(401);
        assertThat(second.get("/api/settings").status()).isEqualTo(401);
        assertThat(server.loggedIn().get("/api/settings").status()).isEqualTo(200);
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        ApiClient admin = server.admin();

        ApiClient.Answer wrong = admin.postJson("/api/settings/password",
                Map.of("current_password", "guess", "new_password", "a-new-password"));
        ApiClient.Answer tooShort = admin.postJson("/api/settings/password",
                Map.of("current_password", RunningServer.ADMIN_PASSWORD, "new_password", "short"));
        ApiClient.Answer right = admin.postJson("/api/settings/password",
                Map.of("current_password", RunningServer.ADMIN_PASSWORD, "new_password", "a-new-password"));

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.error()).isEqualTo("Current password is incorrect");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(right.status()).isEqualTo(200);
        assertThat(server.anonymous().postForm("/auth/login", "username=admin&password=a-new-password").status())
                .isEqualTo(200);
    }

    @Test
    void the_login_username_can_be_changed() {
        ApiClient admin = server.admin();

        admin.postJson("/api/settings/username", Map.of("new_username", "operator"));

        assertThat(admin.get("/api/settings").get("username").asText()).isEqualTo("operator");
        assertThat(server.anonymous().postForm("/auth/login",
                "username=operator&password=" + RunningServer.ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(server.anonymous().postForm("/auth/login",
                "username=admin&password=" + RunningServer.ADMIN_PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void concurrency_accepts_1_to_20_only() {
        ApiClient admin = server.admin();

        assertThat(admin.postJson("/api/settings/concurrency", Map.of("max_concurrent", 0)).status()).isEqualTo(400);
        assertThat(admin.postJson("/api/settings/concurrency", Map.of("max_concurrent", 21)).status())
                .isEqualTo(400);
        assertThat(admin.postJson("/api/settings/concurrency", Map.of("max_concurrent", 20)).status())
                .isEqualTo(200);
        assertThat(admin.postJson("/api/settings/concurrency", Map.of()).error()).contains("max_concurrent");
    }
}
