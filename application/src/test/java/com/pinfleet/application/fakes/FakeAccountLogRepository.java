package com.pinfleet.application.fakes;

import com.pinfleet.application.engine.AccountLogRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Log lines in a list, oldest first. */
public final class FakeAccountLogRepository
        implements AccountLogRepository, TransactionalFake<List<FakeAccountLogRepository.Line>> {

    /** One log line. */
    public record Line(long accountId, Instant at, String level, String message) {
    }

    private final List<Line> lines = new ArrayList<>();

    @Override
    public synchronized void add(long accountId, Instant at, String level, String message) {
        lines.add(new Line(accountId, at, level, message));
    }

    /** The account's lines, oldest first. */
    public synchronized List<Line> lines(long accountId) {
        return lines.stream().filter(line -> line.accountId() == accountId).toList();
    }

    @Override
    public synchronized List<Line> snapshot() {
        return new ArrayList<>(lines);
    }

    @Override
    public synchronized void restore(List<Line> snapshot) {
        lines.clear();
        lines.addAll(snapshot);
    }
}
