package org.supplierportal.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUsers;

/** Shown instead of a screen the user's role may not open (for example a supplier typing an admin page's URL). */
@PageTitle("Access denied | Supplier Portal")
@ParentLayout(MainLayout.class)
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUsers currentUsers;

    AccessDeniedView(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
        addClassName("page");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        String role = currentUsers.find().map(user -> user.primaryRole().label().toLowerCase()).orElse("account");
        add(new ViewHeader("Access denied", null),
                new Paragraph("This page is not available to your role (" + role + "). "
                        + "If you need it for your work, ask your portal administrator."),
                new RouterLink("Back to the home page", HomeView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
