package org.supplierportal.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;
import org.supplierportal.identity.LoginProperties;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The local log-in page. Every failed log-in gets the same words, whether the login is unknown, the password wrong,
 * the account deactivated or the attempts throttled: a different answer would tell a stranger which logins exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUsers currentUsers;
    private final LoginProperties loginProperties;
    private final Paragraph notice = new Paragraph();

    LoginView(CurrentUsers currentUsers, LoginProperties loginProperties) {
        this.currentUsers = currentUsers;
        this.loginProperties = loginProperties;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        notice.addClassName("login-notice");
        notice.setVisible(false);

        Div brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")));
        brand.addClassName("login-brand");
        Div card = new Div(brand, notice, form);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUsers.find().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (loginProperties.mode() == LoginProperties.Mode.OIDC) {
            // People log in on the identity provider's page; this page only passes them on.
            event.forwardToUrl(LoginProperties.OIDC_LOGIN_PATH);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("logout")) {
            showNotice(getTranslation("login.loggedOut"));
        }
        if (parameters.containsKey("password-set")) {
            showNotice(getTranslation("login.passwordSet", parameters.get("password-set").getFirst()));
        }
        if (parameters.containsKey("error")) {
            forgetLastLoginFailure();
            form.setError(true);
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static void forgetLastLoginFailure() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("login.title"));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        return i18n;
    }
}
