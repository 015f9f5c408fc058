package org.supplierportal.onboarding;

import org.supplierportal.tolerance.Explanation;

/**
 * One step of onboarding a supplier, done or not, with what to do next when it is not; both texts as keys of the
 * rules bundle with their values, so each admin reads them in their own language.
 *
 * @param title    what the step is, in the admin's words
 * @param done     whether it is done
 * @param nextStep what to do, when not done; otherwise what was found
 */
public record OnboardingStep(Explanation title, boolean done, Explanation nextStep) {

    /** What the step is, in English. */
    public String name() {
        return title.english();
    }

    /** What to do next or what was found, in English. */
    public String next() {
        return nextStep.english();
    }
}
