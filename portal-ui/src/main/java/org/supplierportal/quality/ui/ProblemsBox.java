package org.supplierportal.quality.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.supplierportal.quality.QualityProblem;
import org.supplierportal.shell.FieldErrors;

/** Puts the service's problems next to their fields, and lists them all in a box at the top of the form. */
class ProblemsBox extends Div {

    ProblemsBox(String id) {
        setId(id);
        addClassName("problem-box");
        setVisible(false);
    }

    void show(List<QualityProblem> problems, Map<String, ? extends HasValidation> fields, String intro) {
        FieldErrors.clear(fields);
        removeAll();
        UnorderedList list = new UnorderedList();
        for (QualityProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(QualityTexts.problem(problem));
                field.setInvalid(true);
            }
            list.add(new ListItem(QualityTexts.problem(problem)));
        }
        add(new Paragraph(intro), list);
        setVisible(true);
        getElement().callJsFunction("scrollIntoView");
    }

    void hide(Map<String, ? extends HasValidation> fields) {
        FieldErrors.clear(fields);
        removeAll();
        setVisible(false);
    }
}
