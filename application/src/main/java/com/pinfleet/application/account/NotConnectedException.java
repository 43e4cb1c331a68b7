package com.pinfleet.application.account;

import com.pinfleet.application.common.ConflictException;

/** The account has no token set, so nothing can be done for it on Pinterest yet. */
public class NotConnectedException extends ConflictException {

    public NotConnectedException(String username) {
        super(username + " is not connected to Pinterest: upload a cookies file holding its token set");
    }
}
