package org.supplierportal.keycloak.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.WebAttributes;
import org.supplierportal.keycloak.KeycloakLogin;
import org.supplierportal.shell.PortalAddress;

/**
 * Where a person lands whom Keycloak let in but the portal does not (no supplier, a deactivated company or account):
 * why, what to do, and a way to log in as someone else.
 */
@Route(value = "login-refused", autoLayout = false)
@PageTitle("No access | Supplier Portal")
@AnonymousAllowed
class LoginRefusedView extends Main implements BeforeEnterObserver {

    private final ObjectProvider<KeycloakLogin> keycloak;
    private final Paragraph reason = new Paragraph();

    LoginRefusedView(ObjectProvider<KeycloakLogin> keycloak) {
        this.keycloak = keycloak;
        addClassName("login-page");
        reason.setId("refusal-reason");
        reason.addClassName("login-problem");
        Div brand = new Div(new H1("Supplier Portal"));
        brand.addClassName("login-brand");
        Div card = new Div(brand, new Paragraph("You are logged in at your company's identity provider, but the"
                + " Supplier Portal cannot let you in."), reason);
        card.addClassName("login-card");
        card.setId("login-refused");
        KeycloakLogin login = keycloak.getIfAvailable();
        if (login != null) {
            Anchor other = new Anchor(login.keycloakLogoutUrl(PortalAddress.current()), "Log in as someone else");
            other.setId("log-in-as-someone-else");
            card.add(other);
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        reason.setText(failure instanceof Exception exception && exception.getMessage() != null
                ? exception.getMessage()
                : "Your account is not set up for the portal. Ask your administrator.");
    }
}
