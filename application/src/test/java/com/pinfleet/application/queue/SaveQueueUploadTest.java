package com.pinfleet.application.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pinfleet.application.account.NewAccount;
import com.pinfleet.application.common.AccountNotFoundException;
import com.pinfleet.application.fakes.FakeAccountRepository;
import com.pinfleet.application.fakes.FakeBoardRepository;
import com.pinfleet.application.fakes.FakeSaveQueueRepository;
import com.pinfleet.application.fakes.FakeUnitOfWork;
import com.pinfleet.application.fakes.MutableClock;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.TextLine;
import com.pinfleet.application.files.TextTable;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.TokenSet;
import com.pinfleet.domain.account.Username;
import com.pinfleet.domain.proxy.ProxyMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SaveQueueUploadTest {

    private final MutableClock clock = MutableClock.at(LocalDateTime.of(2026, 6, 15, 6, 0), ZoneOffset.UTC);
    private final FakeAccountRepository accounts = new FakeAccountRepository();
    private final FakeSaveQueueRepository queue = new FakeSaveQueueRepository();
    private final Account account = accounts.add(new NewAccount(new Username("cd_big"), null, ProxyMode.DIRECT, null,
            AuthStatus.CONNECTED, clock.instant()));

    @Test
    void an_account_deleted_while_its_file_is_read_is_not_found_and_gets_nothing() {
        SaveQueue saveQueue = saveQueueReadingWith(new DeletingWhileRead());

        assertThatThrownBy(() -> saveQueue.upload("cd_big", new UploadedFile("pins.txt", pins(3))))
                .isInstanceOf(AccountNotFoundException.class)
                .hasMessage("Account not found: cd_big (it was deleted while this request was handled)");
        assertThat(queue.list(account.id())).isEmpty();
    }

    private SaveQueue saveQueueReadingWith(OperatorFiles files) {
        return new SaveQueue(accounts, new FakeBoardRepository(), queue, files, new FakeUnitOfWork(accounts, queue),
                clock);
    }

    private static byte[] pins(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "https://www.pinterest.com/pin/" + i + "/\n")
                .reduce("", String::concat).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads text lines; meanwhile another request deletes the account the file is for. */
    private final class DeletingWhileRead implements OperatorFiles {

        @Override
        public List<TextLine> lines(UploadedFile file) {
            accounts.delete(account.id());
            List<String> lines = new String(file.content(), StandardCharsets.UTF_8).lines().toList();
            return IntStream.range(0, lines.size()).mapToObj(i -> new TextLine(i + 1, lines.get(i))).toList();
        }

        @Override
        public TextTable table(UploadedFile file) {
            throw new UnsupportedOperationException("text lines only");
        }

        @Override
        public List<UploadedFile> unzip(UploadedFile archive) {
            throw new UnsupportedOperationException("text lines only");
        }

        @Override
        public Optional<TokenSet> tokenSet(byte[] credentialsFile) {
            throw new UnsupportedOperationException("text lines only");
        }

        @Override
        public Optional<byte[]> withExpiryCounted(byte[] credentialsFile, Instant readAt) {
            throw new UnsupportedOperationException("text lines only");
        }

        @Override
        public boolean isJson(byte[] content) {
            throw new UnsupportedOperationException("text lines only");
        }
    }
}
