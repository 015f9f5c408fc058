package org.supplierportal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.identity.InvitationService;

/** When an invitation could not be e-mailed: the link to pass on, and why it was not mailed. */
class LinkDialog extends Dialog {

    LinkDialog(InvitationService.Sent sent) {
        setHeaderTitle("Pass this link on to " + sent.invitation().displayName());
        setWidth("36rem");
        Paragraph why = new Paragraph("The invitation is ready but was not e-mailed: " + sent.mailProblem()
                + ". Send " + sent.invitation().email() + " this link yourself; it works once.");
        TextField link = new TextField("Invitation link");
        link.setId("invitation-link");
        link.setValue(sent.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.addFocusListener(focus -> link.getElement().executeJs("this.inputElement.select()"));
        add(why, link);
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
