package org.supplierportal.onboarding;

/**
 * One step of onboarding a supplier, done or not, with what to do next when it is not.
 *
 * @param name what the step is, in the admin's words
 * @param done whether it is done
 * @param next what to do, when not done; otherwise what was found
 */
public record OnboardingStep(String name, boolean done, String next) {
}
