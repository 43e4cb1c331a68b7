package com.pinfleet.application.pinterest;

/**
 * A pin as Pinterest reports it. {@code parentPinId} is set on a saved copy and names the pin it was saved
 * from. Text fields may be empty, never null.
 */
public record RemotePin(String id, String boardId, String parentPinId, String title, String description,
                        String link) {
}
