package org.supplierportal.acknowledgment.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.supplierportal.acknowledgment.FieldProblem;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.tolerance.SupplierAnswer.Decision;

/** The editors of an order's open lines, taken together: their answers, "accept all" and "reject all", problems by line. */
final class LineAnswers {

    private final List<LineAnswerEditor> editors = new ArrayList<>();

    void clear() {
        editors.clear();
    }

    void add(LineAnswerEditor editor) {
        editors.add(editor);
    }

    List<LineAnswerEditor> editors() {
        return Collections.unmodifiableList(editors);
    }

    void chooseAll(Decision decision, String reason) {
        editors.forEach(editor -> editor.choose(decision, reason));
    }

    List<LineAnswer> answers() {
        return editors.stream().map(LineAnswerEditor::answer).toList();
    }

    /**
     * Marks the fields the service's problems name ({@code lines[2].quantity} is the third editor's quantity); returns
     * the messages no field could show, those of a line prefixed with its number.
     */
    List<String> place(List<FieldProblem> problems) {
        List<String> general = new ArrayList<>();
        for (FieldProblem problem : problems) {
            int index = problem.field().startsWith("lines[") ? Integer.parseInt(problem.field().substring(6, problem.field().indexOf(']'))) : -1;
            if (index >= 0 && index < editors.size()) {
                editors.get(index).place(List.of(problem)).forEach(message ->
                        general.add(I18NProvider.translate("ack.problem.ofLine", problem.lineNumber(), message)));
            } else {
                general.add(LineAnswerEditor.text(problem));
            }
        }
        return general;
    }
}
