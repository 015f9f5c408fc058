package org.supplierportal.acknowledgment.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.supplierportal.locale.Explanations;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.shell.UserFormats;

/** What the buyer ordered on one line (part, description, quantity, date and price), and why it is asked again. */
class OrderedLine extends Div {

    OrderedLine(OrderLineView line, String currency) {
        add(new H3(getTranslation("ack.line.heading", line.lineNumber(), line.partNumber())),
                new Paragraph((line.supplierPartNumber() == null ? "" : getTranslation("ack.line.yourPart", line.supplierPartNumber()) + " · ")
                        + (line.description() == null ? "" : line.description())),
                new Paragraph(getTranslation("ack.line.ordered", UserFormats.quantity(line.quantity(), line.unit()),
                        UserFormats.date(line.requestedDate()), price(line, currency))));
        if (line.changedInRevision() > 1) {
            note(getTranslation("ack.line.changedIn", line.changedInRevision()));
        }
        if (line.statusNote() != null && line.changedInRevision() <= 1) {
            note(line.statusNote().worded(Explanations::translate));
        }
    }

    private void note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("note");
        add(note);
    }

    private static String price(OrderLineView line, String currency) {
        String money = UserFormats.money(line.unitPrice(), currency);
        return line.priceUnit().compareTo(BigDecimal.ONE) == 0 ? money
                : I18NProvider.translate("lines.pricePer", money, UserFormats.quantity(line.priceUnit(), line.unit()));
    }
}
