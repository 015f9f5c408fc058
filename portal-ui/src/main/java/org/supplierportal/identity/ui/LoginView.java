package org.supplierportal.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Log in | Supplier Portal")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

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
        form.setI18n(i18n("Incorrect username or password",
                "Check your username and password and try again. After several wrong attempts, log-ins are refused for a"
                        + " few minutes. If your account or company was deactivated, ask your administrator."));
        notice.addClassName("login-notice");
        notice.setVisible(false);

        Div brand = new Div(new H1("Supplier Portal"),
                new Paragraph("Purchase orders, confirmations and shipments between you and your customer."));
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
            showNotice("You have logged out.");
        }
        if (parameters.containsKey("password-set")) {
            showNotice("Your password is set. Log in with " + parameters.get("password-set").getFirst() + " and your new password.");
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

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Username");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
