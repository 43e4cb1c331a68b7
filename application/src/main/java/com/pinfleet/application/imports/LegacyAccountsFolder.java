package com.pinfleet.application.imports;

import com.pinfleet.application.files.DataDirectory;
import com.pinfleet.application.files.UploadedFile;
import com.pinfleet.domain.InvalidInputException;
import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.Username;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Accounts/<username>/} folders an older installation left in the data directory. Names are
 * matched ignoring the case of ASCII letters, since files copied from Windows to another disk often change
 * case: {@code Accounts/SyncNew/Cookies.json} is {@code syncnew}'s cookies file.
 */
final class LegacyAccountsFolder {

    private static final String ACCOUNTS = "Accounts";

    private final DataDirectory directory;
    private final Map<String, List<String>> foldersByKey;

    private LegacyAccountsFolder(DataDirectory directory, Map<String, List<String>> foldersByKey) {
        this.directory = directory;
        this.foldersByKey = foldersByKey;
    }

    /** Lists the account folders once, so that finding an account's files reads only its own folder. */
    static LegacyAccountsFolder scan(DataDirectory directory) {
        Map<String, List<String>> foldersByKey = new HashMap<>();
        for (String top : matching(directory.names(""), ACCOUNTS)) {
            for (String name : directory.names(top)) {
                if (isAscii(name)) {
                    foldersByKey.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                            .add(top + "/" + name);
                }
            }
        }
        return new LegacyAccountsFolder(directory, foldersByKey);
    }

    /** Where the account's file of this kind would be, as the older installation named it. */
    static String expectedPath(Username username, CredentialKind kind) {
        return ACCOUNTS + "/" + username.value() + "/" + fileName(kind);
    }

    /**
     * The account's file of this kind, named by its path in the data directory; empty when there is none.
     *
     * @throws InvalidInputException when several spellings of the folder or file name it, naming them all
     */
    Optional<UploadedFile> file(Username username, CredentialKind kind) {
        List<String> paths = new ArrayList<>();
        for (String folder : foldersByKey.getOrDefault(username.key(), List.of())) {
            for (String name : matching(directory.names(folder), fileName(kind))) {
                paths.add(folder + "/" + name);
            }
        }
        if (paths.size() > 1) {
            throw new InvalidInputException(kind.fileStem(), CredentialConflict.describe(username, kind, paths));
        }
        return paths.stream().findFirst().flatMap(directory::read);
    }

    private static String fileName(CredentialKind kind) {
        return kind.fileStem() + ".json";
    }

    private static List<String> matching(List<String> names, String wanted) {
        return names.stream().filter(name -> isAscii(name) && name.equalsIgnoreCase(wanted)).toList();
    }

    private static boolean isAscii(String name) {
        return name.chars().allMatch(c -> c < 128);
    }
}
