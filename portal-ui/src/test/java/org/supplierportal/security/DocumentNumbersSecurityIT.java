package org.supplierportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.QualityQueries;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.testsupport.Actors;
import org.supplierportal.testsupport.PortalIntegrationTest;

/**
 * Issue 10, smaller finding, decided: ASN and incident numbers stay one sequence for all suppliers (docs/security.md,
 * "Numbers shared across suppliers"). What a supplier can infer from two of its own numbers is how many documents
 * all suppliers together got in between: no supplier's name, no per-supplier figure. The numbers must stay
 * unambiguous across suppliers: the ERP finds a shipment by its ASN number alone, and buyers work one list of all
 * suppliers' incidents. This test holds the decision: two suppliers' incidents never share a number.
 */
@PortalIntegrationTest
class DocumentNumbersSecurityIT {

    @Autowired
    QualityService quality;
    @Autowired
    QualityQueries incidents;
    @Autowired
    Actors actors;

    @Test
    void incidentNumbersAreUnambiguousAcrossSuppliers() {
        IncidentView acme = open("acme-metals");
        IncidentView nordic = open("nordic-plastics");

        assertThat(acme.number()).startsWith("QI-").isNotEqualTo(nordic.number());
        assertThat(actors.as(actors.buyer(), () -> incidents.search(new org.supplierportal.quality.QualityFilter(false, false,
                acme.number()))).stream().map(IncidentView::id).toList()).containsExactly(acme.id());
    }

    private IncidentView open(String supplier) {
        return actors.as(actors.buyer(), () -> quality.open(new IncidentDraft(actors.tenant(supplier).id(),
                Severity.MINOR, "Numbering", "Two suppliers, one list of numbers.", "N-1", null, null, null, null,
                new BigDecimal("1"), "pcs", Map.of())));
    }
}
