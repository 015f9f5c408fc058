package org.supplierportal.onboarding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.supplierportal.identity.UserDefinition;
import org.supplierportal.tenant.Address;
import org.supplierportal.tenant.ShippingRules;
import org.supplierportal.tenant.TenantDefinition;

/**
 * Checks tenant files, alone and together, and says in plain words what is wrong and where; the users in a file are
 * checked by {@link TenantFileUserRules}. Pure: no I/O, no Spring, so every rule is unit-tested on its own.
 */
final class TenantFileValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TenantFileValidator() {
    }

    /** The outcome for a set of files: valid files when there are no problems, otherwise every problem found. */
    record Result(List<ValidTenantFile> files, List<TenantFileProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Validates every file, then the rules across files (unique keys, party codes and usernames).
     *
     * @param reserved usernames already taken outside the files (the configured buyer and admin)
     */
    static Result validateAll(Map<String, TenantFile> filesByName, Set<String> reserved) {
        List<TenantFileProblem> problems = new ArrayList<>();
        List<ValidTenantFile> valid = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        Map<String, String> partyCodes = new HashMap<>();
        Map<String, String> usernames = new HashMap<>();
        reserved.forEach(username -> usernames.put(username.toLowerCase(Locale.ROOT), "the portal configuration (portal.demo.users)"));

        filesByName.forEach((file, content) -> {
            List<TenantFileProblem> fileProblems = validate(file, content);
            problems.addAll(fileProblems);
            if (content == null) {
                return;
            }
            claim(keys, content.key(), file, "key", "the key '%s' is already used by %s", problems);
            forEachIndexed(content.erpPartyCodes(), (code, index) ->
                    claim(partyCodes, code, file, "erpPartyCodes[" + index + "]",
                            "the ERP party code '%s' already belongs to the supplier in %s", problems));
            forEachIndexed(content.users(), (user, index) -> {
                if (user != null && user.username() != null) {
                    claim(usernames, user.username().toLowerCase(Locale.ROOT), file, "users[" + index + "].username",
                            "the username '%s' is already used in %s", problems);
                }
            });
            if (fileProblems.isEmpty()) {
                valid.add(ValidTenantFile.of(file, content));
            }
        });
        return new Result(problems.isEmpty() ? valid : List.of(), problems);
    }

    static List<TenantFileProblem> validate(String file, TenantFile content) {
        List<TenantFileProblem> problems = new ArrayList<>();
        if (content == null) {
            problems.add(new TenantFileProblem(file, "", "the file is empty; it must describe one supplier (key, name, users)"));
            return problems;
        }
        Problems at = (field, message) -> problems.add(new TenantFileProblem(file, field, message));

        if (isBlank(content.key())) {
            at.add("key", "missing; give the supplier a short key of lower-case letters, digits and dashes, e.g. acme-metals");
        } else if (!TenantDefinition.KEY_FORMAT.matcher(content.key()).matches()) {
            at.add("key", "'" + content.key() + "' is not a valid key; use lower-case letters, digits and dashes, e.g. acme-metals");
        }
        if (isBlank(content.name())) {
            at.add("name", "missing; give the supplier company's name, e.g. Acme Metals");
        } else if (content.name().length() > 200) {
            at.add("name", "is longer than 200 characters");
        }
        Set<String> codes = new HashSet<>();
        forEachIndexed(content.erpPartyCodes(), (code, index) -> {
            String field = "erpPartyCodes[" + index + "]";
            if (isBlank(code)) {
                at.add(field, "is empty; give the supplier's party code in the ERP, or remove the entry");
            } else if (code.length() > 64) {
                at.add(field, "is longer than 64 characters");
            } else if (!codes.add(code)) {
                at.add(field, "'" + code + "' is listed twice");
            }
        });
        if (content.contact() != null && !isBlank(content.contact().email())
                && !UserDefinition.EMAIL_FORMAT.matcher(content.contact().email()).matches()) {
            at.add("contact.email", "'" + content.contact().email() + "' is not an e-mail address");
        }
        Integer deadline = content.acknowledgmentDeadlineWorkingDays();
        if (deadline != null && (deadline < 1 || deadline > 30)) {
            at.add("acknowledgmentDeadlineWorkingDays", "must be a number of working days between 1 and 30, not " + deadline);
        }
        validateAddress(content.address(), "address.", at);
        TenantFile.Shipping shipping = content.shipping();
        if (shipping != null) {
            validateAddress(shipping.shipFrom(), "shipping.shipFrom.", at);
            if (!isBlank(shipping.gs1CompanyPrefix())
                    && !ShippingRules.GS1_PREFIX_FORMAT.matcher(shipping.gs1CompanyPrefix().strip()).matches()) {
                at.add("shipping.gs1CompanyPrefix", "'" + shipping.gs1CompanyPrefix() + "' is not a GS1 company prefix; it has 6 to 12 digits (quote it, so leading zeros stay)");
            }
            if (shipping.defaultCarrier() != null && shipping.defaultCarrier().length() > 100) {
                at.add("shipping.defaultCarrier", "is longer than 100 characters");
            }
        }
        validateTolerances(content.tolerances(), at);
        TenantFileChannel.check(content.b2b()).forEach(problem -> at.add(problem.field(), problem.message()));
        problems.addAll(TenantFileUserRules.check(file, content.users()));
        return problems;
    }

    private static void validateAddress(TenantFile.Address address, String prefix, Problems at) {
        if (address == null) {
            return;
        }
        if (address.street() != null && address.street().length() > 200) {
            at.add(prefix + "street", "is longer than 200 characters");
        }
        if (address.postalCode() != null && address.postalCode().length() > 20) {
            at.add(prefix + "postalCode", "is longer than 20 characters");
        }
        if (address.city() != null && address.city().length() > 100) {
            at.add(prefix + "city", "is longer than 100 characters");
        }
        if (!isBlank(address.country()) && !Address.isCountryCode(address.country().strip().toUpperCase(Locale.ROOT))) {
            at.add(prefix + "country", "'" + address.country() + "' is not a country code; use two letters as in ISO 3166, e.g. SE or DE");
        }
    }

    private static void validateTolerances(TenantFile.Tolerances tolerances, Problems at) {
        if (tolerances == null) {
            return;
        }
        percent(tolerances.quantityUnderPercent(), "tolerances.quantityUnderPercent", at);
        percent(tolerances.quantityOverPercent(), "tolerances.quantityOverPercent", at);
        days(tolerances.dateEarlyDays(), "tolerances.dateEarlyDays", at);
        days(tolerances.dateLateDays(), "tolerances.dateLateDays", at);
        percent(tolerances.priceUnderPercent(), "tolerances.priceUnderPercent", at);
        percent(tolerances.priceOverPercent(), "tolerances.priceOverPercent", at);
    }

    private static void percent(BigDecimal value, String field, Problems at) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            at.add(field, "must be a percentage between 0 and 100, not " + value.toPlainString());
        } else if (value.stripTrailingZeros().scale() > 2) {
            at.add(field, "may have at most 2 decimals, not " + value.toPlainString());
        }
    }

    private static void days(Integer value, String field, Problems at) {
        if (value != null && (value < 0 || value > 365)) {
            at.add(field, "must be a number of days between 0 and 365, not " + value);
        }
    }

    private static void claim(Map<String, String> claimed, String value, String file, String field, String message,
                              List<TenantFileProblem> problems) {
        if (isBlank(value)) {
            return;
        }
        String owner = claimed.putIfAbsent(value, file);
        if (owner != null && !owner.equals(file)) {
            problems.add(new TenantFileProblem(file, field, message.formatted(value, owner)));
        }
    }

    private static <T> void forEachIndexed(List<T> items, IndexedConsumer<T> consumer) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            consumer.accept(items.get(i), i);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @FunctionalInterface
    private interface Problems {
        void add(String field, String message);
    }

    @FunctionalInterface
    private interface IndexedConsumer<T> {
        void accept(T item, int index);
    }
}
