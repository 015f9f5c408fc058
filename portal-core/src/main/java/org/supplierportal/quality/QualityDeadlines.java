package org.supplierportal.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a supplier has for each step of its answer, by severity: a critical defect needs containment within a
 * day. Pure; the defaults can be overridden per severity and step ({@code portal.quality.deadlines}).
 */
public final class QualityDeadlines {

    static final Map<Severity, Map<StepKind, Duration>> DEFAULTS = Map.of(
            Severity.CRITICAL, steps(Duration.ofHours(24), Duration.ofDays(5), Duration.ofDays(15), Duration.ofDays(30)),
            Severity.MAJOR, steps(Duration.ofHours(48), Duration.ofDays(10), Duration.ofDays(20), Duration.ofDays(45)),
            Severity.MINOR, steps(Duration.ofDays(5), Duration.ofDays(15), Duration.ofDays(30), Duration.ofDays(60)));

    private final Map<Severity, Map<StepKind, Duration>> overrides;

    public QualityDeadlines(Map<Severity, Map<StepKind, Duration>> overrides) {
        this.overrides = overrides == null ? Map.of() : overrides;
    }

    /** How long after opening the step is due. */
    public Duration allowed(Severity severity, StepKind kind) {
        Duration configured = overrides.getOrDefault(severity, Map.of()).get(kind);
        return configured != null ? configured : DEFAULTS.get(severity).get(kind);
    }

    /** Each step's due time for an incident of this severity opened at that time. */
    public Map<StepKind, Instant> dueDates(Severity severity, Instant openedAt) {
        Map<StepKind, Instant> due = new EnumMap<>(StepKind.class);
        for (StepKind kind : StepKind.values()) {
            due.put(kind, openedAt.plus(allowed(severity, kind)));
        }
        return due;
    }

    private static Map<StepKind, Duration> steps(Duration containment, Duration rootCause, Duration corrective,
                                                 Duration preventive) {
        return Map.of(StepKind.CONTAINMENT, containment, StepKind.ROOT_CAUSE, rootCause,
                StepKind.CORRECTIVE_ACTION, corrective, StepKind.PREVENTIVE_ACTION, preventive);
    }
}
