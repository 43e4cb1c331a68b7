package com.pinfleet.application.pinterest;

import com.pinfleet.domain.board.BoardPrivacy;

/** A board as Pinterest reports it. {@code description} may be empty, never null. */
public record RemoteBoard(String id, String name, String description, BoardPrivacy privacy, int pinCount) {
}
