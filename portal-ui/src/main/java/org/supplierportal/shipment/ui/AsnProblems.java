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
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else {
                general.add(problem.message());
            }
        }
        fill(problems.size() == 1 ? "One thing needs your attention before the ASN can go:"
                : problems.size() + " things need your attention before the ASN can go:", general);
        getElement().callJsFunction("scrollIntoView");
    }

    void showCsv(List<String> problems, Map<String, HasValidation> fields) {
        clear(fields);
        fill("The file was not taken; fix these rows and upload it again:", problems);
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
