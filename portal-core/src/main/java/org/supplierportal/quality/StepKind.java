package org.supplierportal.quality;

/** The steps of a supplier's answer to an incident, in the order they are normally done (a simplified 8D). */
public enum StepKind {
    CONTAINMENT("Containment", "What you did at once to protect the customer: stock sorted, shipments stopped, parts replaced."),
    ROOT_CAUSE("Root cause", "Why the defect happened and why it was not detected."),
    CORRECTIVE_ACTION("Corrective action", "What you changed to remove the root cause, and how you checked it works."),
    PREVENTIVE_ACTION("Preventive action", "What keeps it from happening again here or on similar parts and processes.");

    private final String label;
    private final String hint;

    StepKind(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    /** What the buyer expects in this step, for the supplier writing it. */
    public String hint() {
        return hint;
    }

    /** The kind for a path segment or API value such as {@code root-cause}. */
    public static java.util.Optional<StepKind> fromSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
