package com.pinfleet.application.queue;

import com.pinfleet.domain.pin.PinId;

/** A save queue item about to be appended; {@code boardName} is null when the operator named no board. */
public record NewSaveItem(PinId pinId, String source, String boardName) {
}
