package org.supplierportal.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.supplierportal.tenant.RuleText;

/**
 * What {@link CounterProposalRule} found: nothing (the counter-proposal can go to the supplier) or one message per
 * field ({@code quantity}, {@code date}, {@code unitPrice}), as keys of the rules bundle with their values.
 */
record CounterProposalCheck(Map<String, RuleText> problems) {

    CounterProposalCheck {
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    boolean passes() {
        return problems.isEmpty();
    }
}
