package org.supplierportal.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;

/** Shown instead of a screen the user's role may not open (for example a supplier typing an admin page's URL). */
@ParentLayout(MainLayout.class)
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final CurrentUsers currentUsers;

    AccessDeniedView(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
        addClassName("page");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        String role = currentUsers.find().map(user -> getTranslation("role.inSentence." + user.primaryRole().name()))
                .orElse(getTranslation("shell.noRole"));
        add(new ViewHeader(getTranslation("shell.accessDenied.title"), null),
                new Paragraph(getTranslation("shell.accessDenied.text", role)),
                new RouterLink(getTranslation("shell.backHome"), HomeView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("shell.accessDenied.title"));
    }
}
