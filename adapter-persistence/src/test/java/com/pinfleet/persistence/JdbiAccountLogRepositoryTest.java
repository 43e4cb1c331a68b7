package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiAccountLogRepositoryTest extends OnBothDatabases {

    private static final Instant AT = Instant.parse("2024-05-20T10:15:30.123456Z");

    private JdbiAccountLogRepository log;
    private long account;

    @BeforeEach
    void repository() {
        log = new JdbiAccountLogRepository(jdbi());
        account = addAccount("owner");
    }

    @Test
    void a_log_line_is_stored_as_given() {
        log.add(account, AT, "WARN", "Could not save pin 123: 'gone' ✓");

        assertThat(lines()).containsExactly(new Line(AT, "WARN", "Could not save pin 123: 'gone' ✓"));
    }

    @Test
    void a_message_of_2000_characters_is_kept_whole() {
        String message = "x".repeat(2_000);

        log.add(account, AT, "INFO", message);

        assertThat(lines().getFirst().message()).isEqualTo(message);
    }

    @Test
    void a_longer_message_is_cut_to_2000_characters() {
        String message = "a".repeat(1_999) + "bcdef".repeat(1_000);

        log.add(account, AT, "ERROR", message);

        assertThat(lines().getFirst().message()).isEqualTo(message.substring(0, 2_000));
    }

    @Test
    void cutting_a_long_message_never_splits_a_character_in_two() {
        String message = "a".repeat(1_999) + "\uD83D\uDE00" + "more";

        log.add(account, AT, "INFO", message);

        assertThat(lines().getFirst().message()).isEqualTo("a".repeat(1_999));
    }

    private record Line(Instant at, String level, String message) {
    }

    private List<Line> lines() {
        return jdbi().withHandle(handle -> handle.createQuery("""
                        select logged_at, level, message from account_logs where account_id = :id order by id
                        """)
                .bind("id", account)
                .map((rs, ctx) -> new Line(Rows.instant(rs, "logged_at"), rs.getString("level"),
                        rs.getString("message")))
                .list());
    }
}
