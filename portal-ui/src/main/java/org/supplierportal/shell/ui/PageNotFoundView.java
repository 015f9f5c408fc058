package org.supplierportal.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.supplierportal.shell.ViewHeader;

/** Shown for an address that is no page of the portal, or a record the user cannot see. */
@ParentLayout(MainLayout.class)
@PermitAll
class PageNotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    PageNotFoundView() {
        addClassName("page");
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new ViewHeader(getTranslation("shell.notFound.title"), null),
                new Paragraph(getTranslation("shell.notFound.text", "/" + event.getLocation().getPath())),
                new RouterLink(getTranslation("shell.backHome"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("shell.notFound.title"));
    }
}
