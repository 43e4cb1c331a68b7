package com.pinfleet.domain.schedule;

/**
 * One step of the smart saves schedule: up to and including day {@code dayThreshold} of automation, an
 * account saves between {@code minSaves} and {@code maxSaves} pins a day.
 */
public record ScheduleRow(int dayThreshold, int minSaves, int maxSaves) {
}
