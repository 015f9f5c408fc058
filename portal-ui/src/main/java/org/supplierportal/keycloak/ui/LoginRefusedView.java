package org.supplierportal.keycloak.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.supplierportal.tenant.RuleTexts;
import org.supplierportal.keycloak.KeycloakLogin;
import org.supplierportal.tenant.TranslatableRefusal;
import org.supplierportal.shell.PortalAddress;

/**
 * Where a person lands whom Keycloak let in but the portal does not (no supplier, a deactivated company or account):
 * why, what to do, and a way to log in as someone else.
 */
@Route(value = "login-refused", autoLayout = false)
@AnonymousAllowed
class LoginRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ObjectProvider<KeycloakLogin> keycloak;
    private final Paragraph reason = new Paragraph();

    LoginRefusedView(ObjectProvider<KeycloakLogin> keycloak) {
        this.keycloak = keycloak;
        addClassName("login-page");
        reason.setId("refusal-reason");
        reason.addClassName("login-problem");
        Div brand = new Div(new H1(getTranslation("app.name")));
        brand.addClassName("login-brand");
        Div card = new Div(brand, new Paragraph(getTranslation("loginRefused.intro")), reason);
        card.addClassName("login-card");
        card.setId("login-refused");
        KeycloakLogin login = keycloak.getIfAvailable();
        if (login != null) {
            Anchor other = new Anchor(login.keycloakLogoutUrl(PortalAddress.current()), getTranslation("loginRefused.someoneElse"));
            other.setId("log-in-as-someone-else");
            card.add(other);
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        reason.setText(reason(failure));
    }

    /** Why, in the person's language where the portal has the words (a refusal of its own, its own set-up). */
    private String reason(Object failure) {
        if (failure instanceof OAuth2AuthenticationException oauth && "portal_misconfigured".equals(oauth.getError().getErrorCode())) {
            return getTranslation("loginRefused.misconfigured");
        }
        if (failure instanceof Exception exception && exception.getCause() instanceof TranslatableRefusal refusal) {
            return RuleTexts.refusal(refusal);
        }
        return failure instanceof Exception exception && exception.getMessage() != null ? exception.getMessage()
                : getTranslation("loginRefused.notSetUp");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("loginRefused.title"));
    }
}
