package com.pinfleet.application.engine;

import com.pinfleet.domain.automation.AutomationState;
import java.time.Instant;

/**
 * What the automation of one account is doing, for the status page.
 *
 * @param nextRun    when its next session is due, or null
 * @param pinsSaved  saves made today
 * @param error      why its last session stopped, or null
 */
public record JobStatus(boolean active, AutomationState status, Instant nextRun, int sessionsToday,
                        int sessionsRemaining, int pinsSaved, int pinsCreated, String error) {
}
