package org.supplierportal.shipment.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.html.Main;
import org.supplierportal.locale.Explanations;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shipment.AsnCsv;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnService;

/**
 * What the pages that write an ASN (new, change) share: the form's questions answered by the services. The form asks
 * for the open lines matching its search and hands on CSV files; the page asks the service and gives back the answer.
 */
abstract class AsnFormPage extends Main {

    /** How many open lines the form offers at once; the search narrows them. */
    private static final int OFFERED_LINES = 200;

    final AsnService asns;
    final AsnQueries queries;

    AsnFormPage(AsnService asns, AsnQueries queries) {
        this.asns = asns;
        this.queries = queries;
        addClassName("page");
    }

    /**
     * Connects the form to the service and fills its list of open lines.
     *
     * @param editing the ASN being changed (its own lines count as open to it), or null for a new one
     */
    AsnForm connect(AsnForm form, UUID editing) {
        form.addSearchListener(search -> form.showAvailable(queries.shippableLines(search.value(), OFFERED_LINES)));
        form.addCsvListener(upload -> takeCsv(form, upload.value(), editing));
        form.refreshAvailable();
        return form;
    }

    private void takeCsv(AsnForm form, String csv, UUID editing) {
        AsnCsv.Result result = queries.readCsv(csv);
        if (!result.valid()) {
            form.showCsvProblems(result.problems().stream().map(problem -> Explanations.translate(problem.withRow())).toList());
            return;
        }
        List<AsnDraft.Line> lines = result.lines();
        form.takeLines(lines, queries.describe(lines, editing));
        Confirmations.done(getTranslation("asn.csv.taken", lines.size()));
    }
}
