package com.pinfleet.application.account;

import com.pinfleet.application.common.ConflictException;

/** Pinterest refused the account's token: the account needs a new token set before anything more. */
public class TokenRefusedException extends ConflictException {

    public TokenRefusedException(String username, String pinterestMessage) {
        super("Pinterest refused the token of " + username + " (" + pinterestMessage
                + "); it needs a new token file");
    }
}
