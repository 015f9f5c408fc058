package org.supplierportal.notification.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.supplierportal.notification.NotificationPreferences;
import org.supplierportal.notification.NotificationTexts;
import org.supplierportal.shell.AccountSection;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The person's own page: who they are in the portal, which e-mails they get, and what other modules add (language and
 * time zone).
 */
@Route("account")
@PermitAll
class MyAccountView extends Main implements HasDynamicTitle {

    MyAccountView(CurrentUsers currentUsers, NotificationPreferences preferences, NotificationTexts texts,
                  List<AccountSection> sections) {
        CurrentUser me = currentUsers.require();
        addClassName("page");
        add(new ViewHeader(getTranslation("account.title"), getTranslation("account.description")));
        Div facts = Facts.card("my-facts");
        Facts.row(facts, getTranslation("account.name"), me.displayName());
        Facts.row(facts, getTranslation("account.login"), me.username());
        Facts.row(facts, getTranslation("account.company"), me.isCrossTenant() ? getTranslation("shell.allSuppliers") : me.tenantName());
        Facts.row(facts, getTranslation("account.role"), getTranslation("role." + me.primaryRole().name()));
        Section notifications = new Section(new H2(texts.get("ui.account.notifications")),
                new Paragraph(texts.get("ui.account.notifications.description")),
                new PreferencesForm(preferences, texts));
        notifications.setId("notification-preferences");
        add(facts);
        sections.stream().sorted(Comparator.comparingInt(AccountSection::order)).forEach(section -> add(section.create(me)));
        add(notifications);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("account.title"));
    }
}
