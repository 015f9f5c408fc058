package org.supplierportal.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.supplierportal.shell.ViewHeader;

/** Shown for an address that is no page of the portal, or a record the user cannot see. */
@PageTitle("Not found | Supplier Portal")
@ParentLayout(MainLayout.class)
@PermitAll
class PageNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    PageNotFoundView() {
        addClassName("page");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new ViewHeader("Page not found", null),
                new Paragraph("There is no page at /" + event.getLocation().getPath()
                        + ", or it shows something your account cannot see."),
                new RouterLink("Back to the home page", HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
