package com.pinfleet.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.pinfleet.application.engine.DailyActivity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FakeDailyActivityRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    private final FakeDailyActivityRepository activity = new FakeDailyActivityRepository();

    @Test
    void many_takers_at_once_never_take_more_saves_than_the_limit() throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        List<Thread> takers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            takers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int j = 0; j < 50; j++) {
                        if (activity.takeSave(1, DAY, 25)) {
                            taken.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }

        start.countDown();
        for (Thread taker : takers) {
            taker.join();
        }

        assertThat(taken.get()).isEqualTo(25);
        assertThat(activity.on(1, DAY).saves()).isEqualTo(25);
    }

    @Test
    void a_save_is_given_back_only_while_one_is_counted() {
        activity.takeSave(1, DAY, 5);

        activity.returnSave(1, DAY, true);
        activity.returnSave(1, DAY, true);

        assertThat(activity.on(1, DAY)).isEqualTo(new DailyActivity(0, 0, 0, 1));
    }

    @Test
    void days_and_accounts_are_counted_apart() {
        activity.takeSave(1, DAY, 5);
        activity.countSession(2, DAY);

        assertThat(activity.on(1, DAY.plusDays(1))).isEqualTo(DailyActivity.NONE);
        assertThat(activity.on(1, DAY)).isEqualTo(new DailyActivity(1, 0, 0, 0));
        assertThat(activity.on(2, DAY)).isEqualTo(new DailyActivity(0, 0, 1, 0));
    }
}
