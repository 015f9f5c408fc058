package org.supplierportal.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.supplierportal.notification.NotificationPreferences;
import org.supplierportal.notification.NotificationTexts;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/** The person's own page: who they are in the portal, and which e-mails they get. */
@Route("account")
@PageTitle("My account | Supplier Portal")
@PermitAll
class MyAccountView extends Main {

    MyAccountView(CurrentUsers currentUsers, NotificationPreferences preferences, NotificationTexts texts) {
        CurrentUser me = currentUsers.require();
        addClassName("page");
        add(new ViewHeader(texts.get("ui.account.title"), texts.get("ui.account.description")));
        Div facts = Facts.card("my-facts");
        Facts.row(facts, texts.get("ui.account.name"), me.displayName());
        Facts.row(facts, texts.get("ui.account.login"), me.username());
        Facts.row(facts, texts.get("ui.account.company"), me.isCrossTenant() ? texts.get("ui.account.allSuppliers") : me.tenantName());
        Facts.row(facts, texts.get("ui.account.role"), me.primaryRole().label());
        Section notifications = new Section(new H2(texts.get("ui.account.notifications")),
                new Paragraph(texts.get("ui.account.notifications.description")),
                new PreferencesForm(preferences, texts));
        notifications.setId("notification-preferences");
        add(facts, notifications);
    }
}
