package com.pinfleet.application.imports;

import com.pinfleet.application.account.AccountChange;
import com.pinfleet.application.account.AccountEntry;
import com.pinfleet.application.account.AccountRepository;
import com.pinfleet.application.account.AddAccounts;
import com.pinfleet.application.account.CredentialFiles;
import com.pinfleet.application.board.BoardSyncQueue;
import com.pinfleet.application.board.Boards;
import com.pinfleet.application.common.ConflictException;
import com.pinfleet.application.common.NotFoundException;
import com.pinfleet.application.common.NothingAppliedException;
import com.pinfleet.application.common.RowError;
import com.pinfleet.application.common.UnitOfWork;
import com.pinfleet.application.files.Columns;
import com.pinfleet.application.files.DataDirectory;
import com.pinfleet.application.files.OperatorFiles;
import com.pinfleet.application.files.SystemFiles;
import com.pinfleet.application.files.TableRecord;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.application.queue.PinQueue;
import com.pinfleet.application.queue.SaveQueue;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.Parsed;
import com.pinfleet.domain.account.Account;
import com.pinfleet.domain.account.AuthStatus;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.Username;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports of many accounts' files at once: credential files from archives and folder uploads, the older
 * installation's folder, and boards, save queues and pin queues from files named after their accounts.
 * Each account's part is applied whole or not at all, and the answer says what happened per file and per
 * account.
 */
public final class ImportFiles {

    private static final Pattern CREDENTIAL_IN_FOLDER =
            Pattern.compile("(?:.*/)?([^/]+)/(cookies|fingerprint)\\.(?:json|txt)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDENTIAL_FLAT =
            Pattern.compile("(?:.*/)?([^/]+)_(cookies|fingerprint)\\.(?:json|txt)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUEUE_FILE =
            Pattern.compile("(?:.*/)?(.+)_(boards|saves|pins)\\.(csv|txt|tsv)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> WORKBOOKS = Set.of("xlsx", "xlsm", "xls", "ods", "numbers");

    /** Why a credential import skipped a username. */
    public static final String NO_SUCH_ACCOUNT = "no account with this username";

    private final AccountRepository accounts;
    private final AddAccounts addAccounts;
    private final CredentialFiles credentialFiles;
    private final Boards boards;
    private final SaveQueue saveQueue;
    private final PinQueue pinQueue;
    private final OperatorFiles files;
    private final DataDirectory dataDirectory;
    private final BoardSyncQueue boardSyncs;
    private final UnitOfWork unitOfWork;

    public ImportFiles(AccountRepository accounts, AddAccounts addAccounts, CredentialFiles credentialFiles,
                       Boards boards, SaveQueue saveQueue, PinQueue pinQueue, OperatorFiles files,
                       DataDirectory dataDirectory, BoardSyncQueue boardSyncs, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.addAccounts = addAccounts;
        this.credentialFiles = credentialFiles;
        this.boards = boards;
        this.saveQueue = saveQueue;
        this.pinQueue = pinQueue;
        this.files = files;
        this.dataDirectory = dataDirectory;
        this.boardSyncs = boardSyncs;
        this.unitOfWork = unitOfWork;
    }

    /**
     * What an account got from a credential import, with what is wrong with its files ({@code warnings})
     * and what was made of them although nothing is ({@code notes}).
     */
    public record CredentialUpdate(String username, boolean created, boolean cookies, boolean fingerprint,
                                   AuthStatus authStatus, List<String> warnings, List<String> notes) {
    }

    /**
     * What a credential import did: accounts updated (or created), usernames skipped because no such
     * account exists, files that could not be used, and how many board syncs were queued.
     */
    public record CredentialImport(List<CredentialUpdate> updated, List<String> skipped, List<RowError> errors,
                                   int syncQueued) {
    }

    /** The files an upload gives an account, and the name of one of them ({@code file}) for errors. */
    private record CredentialSet(Username username, byte[] cookies, byte[] fingerprint, String file) {
    }

    /**
     * Updates the credential files of existing accounts from a ZIP archive of {@code <username>/cookies.json}
     * and {@code <username>/fingerprint.json} (also {@code <username>_cookies.json}); archives that wrap
     * them in a folder are read too. Usernames without an account are skipped. Each account's files are
     * applied whole or not at all: an account given two files of one kind, its name spelled in any case, or a
     * cookies file that may not replace the token set it works with, gets none of them and an error.
     *
     * @throws NothingAppliedException when no account got its files; its errors then name the files of
     *         usernames without an account too, as the imports of files named after accounts do
     */
    public CredentialImport cookies(UploadedFile archive) {
        List<RowError> errors = new ArrayList<>();
        Map<String, CredentialSet> sets = credentialSets(files.unzip(archive), errors);
        requireSome(sets, errors, archive.name());
        List<CredentialUpdate> updated = new ArrayList<>();
        List<CredentialSet> unknown = new ArrayList<>();
        List<Account> changed = new ArrayList<>();
        for (CredentialSet set : sets.values()) {
            try {
                Optional<AccountChange> change = unitOfWork.inTransaction(() -> accounts.find(set.username())
                        .map(account -> storeInto(account, set)));
                if (change.isEmpty()) {
                    unknown.add(set);
                    continue;
                }
                updated.add(updateOf(change.get(), set, false));
                changed.add(change.get().account());
            } catch (InvalidInputException e) {
                errors.add(RowError.ofFile(set.file(), set.username().value(), e.getMessage()));
            }
        }
        if (updated.isEmpty()) {
            unknown.forEach(set -> errors.add(RowError.ofFile(set.file(), set.username().value(), NO_SUCH_ACCOUNT)));
        }
        requireApplied(updated, errors);
        List<String> skipped = unknown.stream().map(set -> set.username().value()).toList();
        return new CredentialImport(updated, skipped, errors, boardSyncs.queue(changed));
    }

    /**
     * Adds or updates accounts from uploaded folders: files whose names end in
     * {@code <username>/cookies.json} or {@code <username>/fingerprint.json}, or ZIP archives of them. An
     * account that does not exist is created with its files; one that exists gets them, whole or not at all
     * as for {@link #cookies}.
     *
     * @throws NothingAppliedException when no account got its files
     */
    public CredentialImport bulkUpload(List<UploadedFile> uploads) {
        List<UploadedFile> expanded = new ArrayList<>();
        for (UploadedFile upload : uploads) {
            expanded.addAll(upload.extension().equals("zip") ? files.unzip(upload) : List.of(upload));
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, CredentialSet> sets = credentialSets(expanded, errors);
        requireSome(sets, errors, "upload");
        List<CredentialUpdate> updated = new ArrayList<>();
        List<Account> changed = new ArrayList<>();
        for (CredentialSet set : sets.values()) {
            try {
                Optional<Account> existing = accounts.find(set.username());
                AccountChange change = existing.isPresent()
                        ? unitOfWork.inTransaction(() -> storeInto(existing.get(), set))
                        : addAccounts.add(new AccountEntry(set.username().value(), null, null, null, null),
                                set.cookies(), set.fingerprint());
                updated.add(updateOf(change, set, existing.isEmpty()));
                changed.add(change.account());
            } catch (InvalidInputException | ConflictException e) {
                errors.add(RowError.ofFile(set.file(), set.username().value(), e.getMessage()));
            }
        }
        requireApplied(updated, errors);
        return new CredentialImport(updated, List.of(), errors, boardSyncs.queue(changed));
    }

    private AccountChange storeInto(Account account, CredentialSet set) {
        CredentialFiles.Stored stored = credentialFiles.store(account, set.cookies(), set.fingerprint());
        return new AccountChange(accounts.findById(account.id()).orElseThrow(), stored.warnings(), stored.notes());
    }

    private static CredentialUpdate updateOf(AccountChange change, CredentialSet set, boolean created) {
        Account account = change.account();
        return new CredentialUpdate(account.username().value(), created, set.cookies() != null,
                set.fingerprint() != null, account.authStatus(), change.warnings(), change.notes());
    }

    private static void requireApplied(List<CredentialUpdate> updated, List<RowError> errors) {
        if (updated.isEmpty()) {
            throw new NothingAppliedException("credential file", errors);
        }
    }

    /** The files an upload gave an account, by kind, in the order found. */
    private record FilesOfAccount(Username username, Map<CredentialKind, List<UploadedFile>> byKind) {
    }

    /**
     * Groups the files found by account, ignoring case. An account given two files of one kind gets none of
     * its files, and an error naming them, rather than whichever came last.
     */
    private Map<String, CredentialSet> credentialSets(List<UploadedFile> found, List<RowError> errors) {
        Map<String, FilesOfAccount> grouped = new LinkedHashMap<>();
        for (UploadedFile file : found) {
            if (SystemFiles.isSystemFile(file.name())) {
                continue;
            }
            Matcher match = CREDENTIAL_IN_FOLDER.matcher(file.name());
            if (!match.matches()) {
                match = CREDENTIAL_FLAT.matcher(file.name());
            }
            if (!match.matches()) {
                errors.add(RowError.ofFile(file.name(), null,
                        "expected <username>/cookies.json or <username>/fingerprint.json"));
                continue;
            }
            Parsed<Username> username = Username.parse(match.group(1));
            if (username instanceof Parsed.Rejected<Username> rejected) {
                errors.add(RowError.ofFile(file.name(), match.group(1), rejected.reason()));
                continue;
            }
            Username name = ((Parsed.Ok<Username>) username).value();
            CredentialKind kind = match.group(2).toLowerCase(Locale.ROOT).equals("cookies")
                    ? CredentialKind.COOKIES : CredentialKind.FINGERPRINT;
            try {
                CredentialFiles.check(kind, file.content());
            } catch (InvalidInputException e) {
                errors.add(RowError.ofFile(file.name(), name.value(), e.getMessage()));
                continue;
            }
            grouped.computeIfAbsent(name.key(), key -> new FilesOfAccount(name, new EnumMap<>(CredentialKind.class)))
                    .byKind().computeIfAbsent(kind, any -> new ArrayList<>()).add(file);
        }
        Map<String, CredentialSet> sets = new LinkedHashMap<>();
        grouped.forEach((key, account) -> setOf(account, errors).ifPresent(set -> sets.put(key, set)));
        return sets;
    }

    private static Optional<CredentialSet> setOf(FilesOfAccount account, List<RowError> errors) {
        boolean clash = false;
        for (Map.Entry<CredentialKind, List<UploadedFile>> kind : account.byKind().entrySet()) {
            List<String> names = kind.getValue().stream().map(UploadedFile::name).toList();
            if (names.size() > 1) {
                errors.add(RowError.ofFile(names.getFirst(), account.username().value(),
                        CredentialConflict.describe(account.username(), kind.getKey(), names)));
                clash = true;
            }
        }
        if (clash) {
            return Optional.empty();
        }
        Optional<UploadedFile> cookies = fileOf(account, CredentialKind.COOKIES);
        Optional<UploadedFile> fingerprint = fileOf(account, CredentialKind.FINGERPRINT);
        return Optional.of(new CredentialSet(account.username(), cookies.map(UploadedFile::content).orElse(null),
                fingerprint.map(UploadedFile::content).orElse(null),
                cookies.or(() -> fingerprint).orElseThrow().name()));
    }

    private static Optional<UploadedFile> fileOf(FilesOfAccount account, CredentialKind kind) {
        return Optional.ofNullable(account.byKind().get(kind)).map(List::getFirst);
    }

    private static void requireSome(Map<String, CredentialSet> sets, List<RowError> errors, String source) {
        if (sets.isEmpty()) {
            if (errors.isEmpty()) {
                throw new InvalidInputException("file", source + ": holds no <username>/cookies.json files");
            }
            throw new NothingAppliedException("credential file", errors);
        }
    }

    /**
     * What importing one file did. {@code error} is set when nothing of the file was applied; otherwise
     * {@code added}, {@code skipped} and the rejected rows say what was.
     */
    public record FileOutcome(String file, String username, Integer added, Integer skipped, List<RowError> errors,
                              String error) {

        static FileOutcome failed(String file, String username, String error, List<RowError> errors) {
            return new FileOutcome(file, username, null, null, errors, error);
        }

        public boolean applied() {
            return error == null;
        }
    }

    /** Boards files named {@code <username>_boards.csv}, or a ZIP of them. */
    public List<FileOutcome> boards(List<UploadedFile> uploads) {
        return perFile(uploads, "boards", (username, file) -> {
            Boards.AddResult result = boards.upload(username, file);
            return new FileOutcome(file.name(), username, result.added().size(), result.skipped().size(),
                    result.errors(), null);
        });
    }

    /** Save queue files named {@code <username>_saves.csv} or {@code .txt}, or a ZIP of them. */
    public List<FileOutcome> saveQueues(List<UploadedFile> uploads) {
        return perFile(uploads, "saves", (username, file) -> {
            SaveQueue.UploadResult result = saveQueue.upload(username, file);
            return new FileOutcome(file.name(), username, result.added(), result.duplicates(), result.errors(),
                    null);
        });
    }

    /** Pin files named {@code <username>_pins.csv}, or a ZIP of them. */
    public List<FileOutcome> pins(List<UploadedFile> uploads) {
        return perFile(uploads, "pins", (username, file) -> {
            PinQueue.UploadResult result = pinQueue.upload(username, file);
            return new FileOutcome(file.name(), username, result.added(), result.duplicates(), result.errors(),
                    null);
        });
    }

    private interface FileImport {
        FileOutcome apply(String username, UploadedFile file);
    }

    /**
     * Imports each file into the account its name gives, each file on its own. Outcomes name the account as
     * it is spelt here, whatever the case of the file's name.
     *
     * @throws NothingAppliedException when no file could be applied
     */
    private List<FileOutcome> perFile(List<UploadedFile> uploads, String kind, FileImport importer) {
        List<UploadedFile> found = new ArrayList<>();
        for (UploadedFile upload : uploads) {
            found.addAll(upload.extension().equals("zip") ? files.unzip(upload) : List.of(upload));
        }
        if (found.isEmpty()) {
            throw new InvalidInputException("file", "no files were uploaded");
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        for (UploadedFile file : found) {
            if (WORKBOOKS.contains(file.extension())) {
                String base = file.baseName();
                outcomes.add(FileOutcome.failed(file.name(), null, "spreadsheet workbooks are not read; save the"
                        + " sheet as CSV (" + base.substring(0, base.lastIndexOf('.')) + ".csv) and upload that",
                        List.of()));
                continue;
            }
            Matcher match = QUEUE_FILE.matcher(file.name());
            if (!match.matches() || !match.group(2).equalsIgnoreCase(kind)) {
                outcomes.add(FileOutcome.failed(file.name(), null, "the file name should be <username>_" + kind
                        + (kind.equals("saves") ? ".csv or .txt" : ".csv"), List.of()));
                continue;
            }
            String username = match.group(1).contains("/") ? match.group(1).substring(match.group(1)
                    .lastIndexOf('/') + 1) : match.group(1);
            try {
                username = accounts.require(username).username().value();
                outcomes.add(importer.apply(username, file));
            } catch (NothingAppliedException e) {
                outcomes.add(FileOutcome.failed(file.name(), username, withinFile(file, e), e.errors()));
            } catch (InvalidInputException | NotFoundException | ConflictException e) {
                outcomes.add(FileOutcome.failed(file.name(), username, withinFile(file, e), List.of()));
            }
        }
        if (outcomes.stream().noneMatch(FileOutcome::applied)) {
            throw new NothingAppliedException("file", outcomes.stream().flatMap(ImportFiles::refusals).toList());
        }
        return outcomes;
    }

    /**
     * Why a file was not applied, as the answer lists it: each of its rows with its line when its rows were
     * read and all refused, so that none is left unnamed, or the file itself when it was refused whole.
     */
    private static Stream<RowError> refusals(FileOutcome outcome) {
        return outcome.errors().isEmpty()
                ? Stream.of(RowError.ofFile(outcome.file(), outcome.username(), outcome.error()))
                : outcome.errors().stream();
    }

    /**
     * A failure's message without the file's name: the outcome names the file already, and the answer's
     * summary puts the two together, so the name would show twice ({@code x.csv: x.csv: line 3}).
     */
    private static String withinFile(UploadedFile file, RuntimeException failure) {
        return failure.getMessage().replace(file.name() + ": ", "").replace(file.name() + " line ", "line ");
    }

    /** What reading the older installation's folder did, with what the operator should know per account. */
    public record LegacySync(List<String> imported, List<String> skipped, List<RowError> errors,
                             List<AccountWarning> warnings, List<AccountNote> notes, int syncQueued) {
    }

    /** Something wrong with an account's files, which were applied all the same. */
    public record AccountWarning(String username, String warning) {
    }

    /** Something the operator should know about what was made of an account's files. */
    public record AccountNote(String username, String note) {
    }

    /**
     * Reads {@code accounts.csv} ({@code username,proxy,proxy_mode,category}) and each account's
     * {@code Accounts/<username>/cookies.json} and {@code fingerprint.json} from the data directory, adding
     * the accounts that do not exist. Folder and file names are matched ignoring case. An account whose files
     * are missing or hold no usable token set is added all the same, with a warning, as a single add would
     * be; one whose file of a kind is there in several spellings is not added. Accounts that exist are left
     * as they are, so running it again changes nothing.
     *
     * @throws NotFoundException when the data directory has no accounts.csv
     * @throws NothingAppliedException when accounts.csv has rows and none of them is valid
     * @throws InvalidInputException when accounts.csv has no username column or no rows under its header
     */
    public LegacySync syncLegacy() {
        UploadedFile csv = dataDirectory.read("accounts.csv").orElseThrow(() -> new NotFoundException(
                "No accounts.csv in the data directory " + dataDirectory.location()));
        List<TableRecord> records = files.table(csv).records();
        if (records.isEmpty() || !new Columns(records.getFirst()).has("username")) {
            throw new InvalidInputException("file", "accounts.csv line 1: the header needs a username column");
        }
        if (records.size() == 1) {
            throw new InvalidInputException("file", "accounts.csv holds no accounts: it has a header and no rows");
        }
        Columns header = new Columns(records.getFirst());
        LegacyAccountsFolder folder = LegacyAccountsFolder.scan(dataDirectory);
        List<String> imported = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<AccountWarning> warnings = new ArrayList<>();
        List<AccountNote> notes = new ArrayList<>();
        List<Account> added = new ArrayList<>();
        for (TableRecord record : records.subList(1, records.size())) {
            String raw = record.cell(header.indexOf("username"));
            Optional<String> overflow = header.overflow(record);
            if (overflow.isPresent()) {
                errors.add(RowError.inFile("accounts.csv", record.line(), raw, overflow.get()));
                continue;
            }
            Parsed<Username> username = Username.parse(raw);
            if (username instanceof Parsed.Rejected<Username> rejected) {
                errors.add(RowError.inFile("accounts.csv", record.line(), raw, rejected.reason()));
                continue;
            }
            Username name = ((Parsed.Ok<Username>) username).value();
            if (accounts.find(name).isPresent()) {
                skipped.add(name.value());
                continue;
            }
            try {
                AccountChange change = addLegacy(name, record, header, folder);
                imported.add(change.account().username().value());
                added.add(change.account());
                change.warnings().forEach(warning -> warnings.add(new AccountWarning(name.value(), warning)));
                change.notes().forEach(note -> notes.add(new AccountNote(name.value(), note)));
            } catch (InvalidInputException | ConflictException e) {
                errors.add(RowError.inFile("accounts.csv", record.line(), raw, e.getMessage()));
            }
        }
        if (imported.isEmpty() && skipped.isEmpty() && !errors.isEmpty()) {
            throw new NothingAppliedException("account", errors);
        }
        return new LegacySync(imported, skipped, errors, warnings, notes, boardSyncs.queue(added));
    }

    private AccountChange addLegacy(Username name, TableRecord record, Columns header, LegacyAccountsFolder folder) {
        Optional<UploadedFile> cookies = folder.file(name, CredentialKind.COOKIES);
        Optional<UploadedFile> fingerprint = folder.file(name, CredentialKind.FINGERPRINT);
        AccountEntry entry = new AccountEntry(name.value(), record.cell(header.indexOf("proxy")),
                record.cell(header.indexOf("proxy_mode")), record.cell(header.indexOf("category")), null);
        AccountChange change = addAccounts.add(entry, cookies.map(UploadedFile::content).orElse(null),
                fingerprint.map(UploadedFile::content).orElse(null));
        if (cookies.isPresent()) {
            return change;
        }
        List<String> warnings = new ArrayList<>(change.warnings());
        warnings.addFirst("there is no " + LegacyAccountsFolder.expectedPath(name, CredentialKind.COOKIES)
                + " in the data directory, so the account needs auth");
        return new AccountChange(change.account(), warnings, change.notes());
    }
}
