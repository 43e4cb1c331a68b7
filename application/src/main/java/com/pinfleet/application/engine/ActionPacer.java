package com.pinfleet.application.engine;

/** Waits between two actions of a session, so an account's work does not come in bursts. */
@FunctionalInterface
public interface ActionPacer {

    ActionPacer NONE = () -> { };

    void pause() throws InterruptedException;
}
