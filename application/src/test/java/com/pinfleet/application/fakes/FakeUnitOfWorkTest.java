package com.pinfleet.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeUnitOfWorkTest {

    private static final Instant AT = Instant.parse("2026-06-15T07:00:00Z");

    private final FakeAccountLogRepository log = new FakeAccountLogRepository();
    private final FakeSettingsRepository settings = new FakeSettingsRepository();
    private final FakeUnitOfWork unitOfWork = new FakeUnitOfWork(log, settings);

    @Test
    void work_that_throws_leaves_every_fake_as_it_was() {
        log.add(1, AT, "INFO", "before");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
            log.add(1, AT, "INFO", "inside");
            settings.put("name", "value");
            throw new IllegalStateException("failed halfway");
        })).hasMessage("failed halfway");

        assertThat(log.lines(1)).extracting(FakeAccountLogRepository.Line::message).containsExactly("before");
        assertThat(settings.find("name")).isEmpty();
        assertThat(unitOfWork.rolledBack()).isEqualTo(1);
    }

    @Test
    void a_transaction_inside_another_is_undone_with_it() {
        assertThatThrownBy(() -> unitOfWork.run(() -> {
            unitOfWork.run(() -> settings.put("name", "value"));
            throw new IllegalStateException("outer failed");
        })).hasMessage("outer failed");

        assertThat(settings.find("name")).isEmpty();
        assertThat(unitOfWork.committed()).isZero();
    }
}
