package uk.careleavers.rules.model;

import java.time.LocalDate;

/**
 * One change in the "what changes when" timeline.
 *
 * @param age the birthday this date is, or null for a dated change in the law
 */
public record TimelineEntry(
    LocalDate date,
    Integer age,
    String entitlementId,
    String title,
    Change change,
    Status from,
    Status to,
    String sentence) {}
