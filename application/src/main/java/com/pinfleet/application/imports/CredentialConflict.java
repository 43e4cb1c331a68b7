package com.pinfleet.application.imports;

import com.pinfleet.domain.account.CredentialKind;
import com.pinfleet.domain.account.Username;
import java.util.List;

/** Why an account whose file of one kind was given more than once gets none of them. */
final class CredentialConflict {

    private CredentialConflict() {
    }

    static String describe(Username username, CredentialKind kind, List<String> files) {
        return files.size() + " " + kind.fileStem() + " files name the account " + username.value() + " ("
                + String.join(", ", files) + "), so none of them was used";
    }
}
