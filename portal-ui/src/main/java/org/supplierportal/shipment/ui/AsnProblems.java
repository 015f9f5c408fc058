package org.supplierportal.shipment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.supplierportal.shell.FieldErrors;
import org.supplierportal.shipment.AsnProblem;
import org.supplierportal.locale.Explanations;

/** The box on top of the ASN form: what stops the ASN from going, and why a CSV file was not taken. */
class AsnProblems extends Div {

    AsnProblems() {
        setId("asn-problems");
        addClassName("problem-box");
        setVisible(false);
    }

    /** Puts each problem by its field; those without one go in the box. */
    void show(List<AsnProblem> problems, Map<String, HasValidation> fields) {
        clear(fields);
        List<String> general = new ArrayList<>();
        for (AsnProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            String message = problem.translatable() == null ? problem.message() : Explanations.translate(problem.translatable());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                general.add(message);
            }
        }
        fill(getTranslation("asn.problems.intro", problems.size()), general);
        getElement().callJsFunction("scrollIntoView");
    }

    void showCsv(List<String> problems, Map<String, HasValidation> fields) {
        clear(fields);
        fill(getTranslation("asn.problems.csv"), problems);
    }

    void clear(Map<String, HasValidation> fields) {
        FieldErrors.clear(fields);
        removeAll();
        setVisible(false);
    }

    private void fill(String intro, List<String> messages) {
        UnorderedList list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        add(new Paragraph(intro), list);
        setVisible(true);
    }
}
