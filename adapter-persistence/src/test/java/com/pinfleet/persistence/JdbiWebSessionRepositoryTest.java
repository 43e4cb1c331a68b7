package com.pinfleet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.security.WebSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiWebSessionRepositoryTest extends OnBothDatabases {

    /** Just after New York's clocks sprang forward, with microseconds: 03:30:00.123456 EDT. */
    private static final Instant CREATED = Instant.parse("2024-03-10T07:30:00.123456Z");

    private JdbiWebSessionRepository sessions;

    @BeforeEach
    void repository() {
        sessions = new JdbiWebSessionRepository(jdbi());
    }

    @Test
    void an_added_session_is_found_by_its_token_hash() {
        WebSession session = new WebSession("hash-1", "admin", CREATED, CREATED.plus(7, ChronoUnit.DAYS));

        sessions.add(session);

        assertThat(sessions.find("hash-1")).contains(session);
        assertThat(sessions.find("hash-2")).isEmpty();
    }

    @Test
    void instants_come_back_exactly_to_the_microsecond() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant odd = Instant.parse("2031-12-31T23:59:59.999999Z");

        sessions.add(new WebSession("hash-1", "admin", now, odd));

        WebSession found = sessions.find("hash-1").orElseThrow();
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.expiresAt()).isEqualTo(odd);
    }

    @Test
    void instants_are_stored_as_the_same_moment_when_the_jvm_zone_is_not_utc() {
        WebSession session = new WebSession("hash-1", "admin", CREATED, CREATED.plus(1, ChronoUnit.HOURS));

        Optional<WebSession> foundInNewYork = inJvmTimeZone("America/New_York", jdbi -> {
            JdbiWebSessionRepository inNewYork = new JdbiWebSessionRepository(jdbi);
            inNewYork.add(session);
            inNewYork.deleteExpired(session.expiresAt().minus(1, ChronoUnit.MICROS));
            return inNewYork.find("hash-1");
        });

        assertThat(foundInNewYork).contains(session);
        assertThat(sessions.find("hash-1")).contains(session);
        assertThat(number("""
                select count(*) from web_sessions
                where created_at = timestamp with time zone '2024-03-10 07:30:00.123456+00:00'
                """)).isEqualTo(1);
    }

    @Test
    void a_deleted_session_is_gone_and_the_others_stay() {
        sessions.add(new WebSession("hash-1", "admin", CREATED, CREATED.plusSeconds(60)));
        sessions.add(new WebSession("hash-2", "admin", CREATED, CREATED.plusSeconds(60)));

        sessions.delete("hash-1");

        assertThat(sessions.find("hash-1")).isEmpty();
        assertThat(sessions.find("hash-2")).isPresent();
    }

    @Test
    void deleting_all_sessions_leaves_none() {
        sessions.add(new WebSession("hash-1", "admin", CREATED, CREATED.plusSeconds(60)));
        sessions.add(new WebSession("hash-2", "other", CREATED, CREATED.plusSeconds(60)));

        sessions.deleteAll();

        assertThat(sessions.find("hash-1")).isEmpty();
        assertThat(sessions.find("hash-2")).isEmpty();
    }

    @Test
    void deleting_expired_sessions_removes_those_expiring_at_or_before_now_only() {
        Instant now = CREATED.plusSeconds(3600);
        sessions.add(new WebSession("expired", "admin", CREATED, now.minus(1, ChronoUnit.MICROS)));
        sessions.add(new WebSession("expiring-now", "admin", CREATED, now));
        sessions.add(new WebSession("valid", "admin", CREATED, now.plus(1, ChronoUnit.MICROS)));

        sessions.deleteExpired(now);

        assertThat(sessions.find("expired")).isEmpty();
        assertThat(sessions.find("expiring-now")).isEmpty();
        assertThat(sessions.find("valid")).isPresent();
    }
}
