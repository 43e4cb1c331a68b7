package com.pinfleet.bootstrap;

import com.pinfleet.application.account.AccountAccess;
import com.pinfleet.application.account.AccountSecrets;
import com.pinfleet.application.account.AccountViews;
import com.pinfleet.application.account.AddAccounts;
import com.pinfleet.application.account.ChangeAccounts;
import com.pinfleet.application.account.CredentialFiles;
import com.pinfleet.application.account.RemoveAccounts;
import com.pinfleet.application.board.BoardSyncQueue;
import com.pinfleet.application.board.Boards;
import com.pinfleet.application.board.RunBoardSync;
import com.pinfleet.application.category.Categories;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.application.engine.ActionPacer;
import com.pinfleet.application.engine.Automation;
import com.pinfleet.application.engine.EngineRules;
import com.pinfleet.application.engine.RecentRuns;
import com.pinfleet.application.engine.RunSession;
import com.pinfleet.application.engine.SessionSlots;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.pinterest.PinterestGateway;
import com.pinfleet.application.imports.ImportFiles;
import com.pinfleet.application.queue.PinQueue;
import com.pinfleet.application.queue.SaveQueue;
import com.pinfleet.application.security.AdminAccount;
import com.pinfleet.application.security.ApiKeys;
import com.pinfleet.application.security.Authentication;
import com.pinfleet.application.security.LoginThrottle;
import com.pinfleet.application.security.MasterKeyCheck;
import com.pinfleet.application.settings.ServerSettings;
import com.pinfleet.files.LocalDataDirectory;
import com.pinfleet.files.LocalOperatorFiles;
import com.pinfleet.http.HttpApi;
import com.pinfleet.persistence.Database;
import com.pinfleet.persistence.JdbiAccountLogRepository;
import com.pinfleet.persistence.JdbiAccountRepository;
import com.pinfleet.persistence.JdbiAccountSecretRepository;
import com.pinfleet.persistence.JdbiAutomationRepository;
import com.pinfleet.persistence.JdbiBoardRepository;
import com.pinfleet.persistence.JdbiBoardSyncRepository;
import com.pinfleet.persistence.JdbiCategoryRepository;
import com.pinfleet.persistence.JdbiDailyActivityRepository;
import com.pinfleet.persistence.JdbiDayPlanRepository;
import com.pinfleet.persistence.JdbiPinQueueRepository;
import com.pinfleet.persistence.JdbiRunRepository;
import com.pinfleet.persistence.JdbiSaveQueueRepository;
import com.pinfleet.persistence.JdbiSettingsRepository;
import com.pinfleet.persistence.JdbiUnitOfWork;
import com.pinfleet.persistence.JdbiWebSessionRepository;
import com.pinfleet.persistence.crypto.AesGcmSecretCipher;
import com.pinfleet.persistence.crypto.Argon2PasswordHasher;
import com.pinfleet.persistence.crypto.MasterKey;
import com.pinfleet.persistence.schedule.DbSchedulerSessionScheduler;
import com.pinfleet.pinterest.sim.SimulatedPinterest;
import com.pinfleet.pinterest.sim.SimulationJournal;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import javax.crypto.SecretKey;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Pinfleet server: every part wired by hand, in dependency order. */
public final class Pinfleet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pinfleet.class);
    /** The most sessions one node runs at once, whatever the concurrency setting says. */
    private static final int SCHEDULER_THREADS = 20;

    private final Database database;
    private final SimulationJournal journal;
    private final DbSchedulerSessionScheduler scheduler;
    private final Javalin http;
    private final String generatedAdminPassword;

    private Pinfleet(Database database, SimulationJournal journal, DbSchedulerSessionScheduler scheduler,
                     Javalin http, String generatedAdminPassword) {
        this.database = database;
        this.journal = journal;
        this.scheduler = scheduler;
        this.http = http;
        this.generatedAdminPassword = generatedAdminPassword;
    }

    /** Starts the server; its log says what it runs with and how long starting took. */
    public static Pinfleet start(Config config, Clock clock, Random random) {
        long started = System.nanoTime();
        createDataDir(config);
        if (config.pinterest().equals("api")) {
            throw new IllegalArgumentException("--pinterest api: the API v5 adapter is not part of this version;"
                    + " run with --pinterest sim");
        }
        SecretKey masterKey = config.masterKey() != null ? MasterKey.fromBase64(config.masterKey())
                : MasterKey.fromFile(config.dataDir().resolve("master.key"));
        Database database = Database.open(config.jdbcUrl(Database.embeddedUrl(config.dataDir())), config.dbUser(),
                config.dbPassword());
        Jdbi jdbi = database.jdbi();
        UnitOfWork unitOfWork = new JdbiUnitOfWork(jdbi);

        var settingsRepository = new JdbiSettingsRepository(jdbi);
        var sessions = new JdbiWebSessionRepository(jdbi);
        var hasher = new Argon2PasswordHasher();
        var accounts = new JdbiAccountRepository(jdbi);
        var categoryRepository = new JdbiCategoryRepository(jdbi);
        var boardRepository = new JdbiBoardRepository(jdbi, clock);
        var queue = new JdbiSaveQueueRepository(jdbi);
        var automationRepository = new JdbiAutomationRepository(jdbi);
        var plans = new JdbiDayPlanRepository(jdbi);
        var activity = new JdbiDailyActivityRepository(jdbi);
        var runs = new JdbiRunRepository(jdbi);
        OperatorFiles files = new LocalOperatorFiles();
        SimulationJournal journal = new SimulationJournal(config.dataDir().resolve("simulated-pinterest.jsonl"));
        PinterestGateway pinterest = new SimulatedPinterest(config.simSeed(), config.simMissingPins(), journal, clock);

        LoginThrottle throttle = new LoginThrottle(10, Duration.ofMinutes(15), clock);
        AdminAccount admin = new AdminAccount(settingsRepository, sessions, hasher, throttle, unitOfWork);
        Optional<String> generatedPassword = admin.ensureExists(config.adminUser(), config.adminPassword());
        ServerSettings settings = new ServerSettings(settingsRepository);
        Authentication authentication = new Authentication(settingsRepository, sessions, hasher, throttle, clock);
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(masterKey);
        MasterKeyCheck.verify(settingsRepository, cipher);
        AccountSecrets secrets = new AccountSecrets(new JdbiAccountSecretRepository(jdbi), cipher, clock);
        CredentialFiles credentialFiles = new CredentialFiles(accounts, secrets, files, clock);
        AccountAccess access = new AccountAccess(secrets, files);
        Categories categories = new Categories(categoryRepository, accounts, unitOfWork, clock);
        Boards boards = new Boards(accounts, boardRepository, access, pinterest, files, unitOfWork, clock);
        var boardSyncRepository = new JdbiBoardSyncRepository(jdbi);

        RunSession runSession = new RunSession(accounts, automationRepository, plans, activity, runs,
                new JdbiAccountLogRepository(jdbi), queue, boardRepository, access, pinterest, settings,
                new SessionSlots(settings::maxConcurrent), ActionPacer.NONE, EngineRules.DEFAULT, unitOfWork, clock,
                random);
        RunBoardSync runBoardSync = new RunBoardSync(accounts, boards, boardSyncRepository, clock);
        DbSchedulerSessionScheduler scheduler = new DbSchedulerSessionScheduler(database.dataSource(), runSession,
                runBoardSync::run, SCHEDULER_THREADS, Duration.ofSeconds(15), EngineRules.DEFAULT.retryAfterError());
        BoardSyncQueue boardSyncs = new BoardSyncQueue(boardSyncRepository, scheduler, clock);

        AddAccounts addAccounts = new AddAccounts(accounts, secrets, categories, credentialFiles, boards, unitOfWork,
                clock);
        SaveQueue saveQueue = new SaveQueue(accounts, boardRepository, queue, files, unitOfWork, clock);
        PinQueue pinQueue = new PinQueue(accounts, boardRepository, new JdbiPinQueueRepository(jdbi), files,
                unitOfWork, clock);
        HttpApi.UseCases useCases = new HttpApi.UseCases(authentication, admin, new ApiKeys(settingsRepository,
                authentication, unitOfWork), settings, addAccounts,
                new AccountViews(accounts, boardRepository, categories, settings, plans, automationRepository,
                        unitOfWork, clock),
                new ChangeAccounts(accounts, secrets, credentialFiles, categories, boardSyncs, unitOfWork),
                new RemoveAccounts(accounts, scheduler), categories, boards, saveQueue, pinQueue,
                new ImportFiles(accounts, addAccounts, credentialFiles, boards, saveQueue, pinQueue, files,
                        new LocalDataDirectory(config.dataDir()), boardSyncs, unitOfWork),
                boardSyncs,
                new Automation(accounts, automationRepository, plans, activity, scheduler, unitOfWork, clock),
                new RecentRuns(runs));
        Javalin http = HttpApi.create(useCases, config.host(), config.port(), Version.current(), clock);

        scheduler.start();
        http.start();
        LOG.info("Pinfleet {} started in {} ms on {} (database {}): {}", Version.current(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(), http.port(), database.productName(), config);
        return new Pinfleet(database, journal, scheduler, http, generatedPassword.orElse(null));
    }

    /** Creates the data directory readable by the server's user only; one that exists is left as it is. */
    private static void createDataDir(Config config) {
        try {
            if (Files.notExists(config.dataDir())) {
                Files.createDirectories(config.dataDir());
                try {
                    Files.setPosixFilePermissions(config.dataDir(), PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException notPosix) {
                    LOG.info("the file system of {} has no POSIX permissions to restrict", config.dataDir());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
        }
    }

    /** The port the server listens on (useful when it was started on port 0). */
    public int port() {
        return http.port();
    }

    /** The admin password generated on this first start, to be shown once. */
    public Optional<String> generatedAdminPassword() {
        return Optional.ofNullable(generatedAdminPassword);
    }

    @Override
    public void close() {
        http.stop();
        scheduler.close();
        try {
            journal.close();
        } catch (IOException e) {
            LOG.warn("could not close the simulated Pinterest's journal", e);
        }
        database.close();
        LOG.info("Pinfleet stopped");
    }
}
