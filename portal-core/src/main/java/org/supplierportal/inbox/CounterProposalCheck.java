package org.supplierportal.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link CounterProposalRule} found: nothing (the counter-proposal can go to the supplier) or one message per
 * field ({@code quantity}, {@code date}, {@code unitPrice}), in the buyer's words.
 */
record CounterProposalCheck(Map<String, String> problems) {

    CounterProposalCheck {
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    boolean passes() {
        return problems.isEmpty();
    }
}
