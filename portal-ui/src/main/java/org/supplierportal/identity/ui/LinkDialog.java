package org.supplierportal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.identity.InvitationService;
import org.supplierportal.tenant.RuleTexts;

/** When an invitation could not be e-mailed: the link to pass on, and why it was not mailed. */
class LinkDialog extends Dialog {

    LinkDialog(InvitationService.Sent sent) {
        setHeaderTitle(getTranslation("link.title", sent.invitation().displayName()));
        setWidth("36rem");
        Paragraph why = new Paragraph(getTranslation("link.text", RuleTexts.text(sent.mailProblem()), sent.invitation().email()));
        TextField link = new TextField(getTranslation("link.field"));
        link.setId("invitation-link");
        link.setValue(sent.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.addFocusListener(focus -> link.getElement().executeJs("this.inputElement.select()"));
        add(why, link);
        Button done = new Button(getTranslation("link.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
