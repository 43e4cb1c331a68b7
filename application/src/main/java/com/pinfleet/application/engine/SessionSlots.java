package com.pinfleet.application.engine;

import java.util.function.IntSupplier;

/**
 * The session slots of this node: at most {@code max} sessions run at once, {@code max} read afresh each
 * time so a new setting takes effect without a restart.
 */
public final class SessionSlots {

    private final IntSupplier max;
    private int taken;

    public SessionSlots(IntSupplier max) {
        this.max = max;
    }

    public synchronized boolean tryTake() {
        if (taken >= max.getAsInt()) {
            return false;
        }
        taken++;
        return true;
    }

    /** Waits for a free slot, checking again at least every second in case the setting grew. */
    public synchronized void take() throws InterruptedException {
        while (!tryTake()) {
            wait(1_000);
        }
    }

    public synchronized void release() {
        taken--;
        notifyAll();
    }

    public synchronized int taken() {
        return taken;
    }
}
