package com.pinfleet.application.common;

import com.pinfleet.domain.InvalidInputException;
import java.util.List;

/**
 * An import in which no row could be applied: nothing was stored. Carries every row's error; the message
 * names the first.
 */
public class NothingAppliedException extends InvalidInputException {

    private final List<RowError> errors;

    /** @param errors why each row was refused; not empty */
    public NothingAppliedException(String what, List<RowError> errors) {
        super("rows", "no " + what + " imported: " + errors.getFirst().describe()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
