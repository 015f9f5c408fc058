package org.supplierportal.identity.ui;

import java.time.Duration;

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
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.supplierportal.identity.LoginProperties;
import org.supplierportal.tenancy.CurrentUsers;

/** The local log-in page. Says plainly why a log-in failed: wrong password, locked account, or deactivated account. */
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
                "Check your username and password and try again. After " + loginProperties.maxFailedAttempts()
                        + " wrong passwords in a row the account is locked for a while."));
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
            Exception failure = takeLastLoginFailure();
            if (failure instanceof LockedException) {
                form.setI18n(i18n("Account locked",
                        "Too many wrong passwords in a row. This account is locked for "
                                + minutes(loginProperties.lockDuration())
                                + ". Try again later, or ask your administrator."));
            } else if (failure instanceof DisabledException) {
                form.setI18n(i18n("Account deactivated",
                        "This account, or the company it belongs to, is deactivated. Ask your administrator."));
            }
            form.setError(true);
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static Exception takeLastLoginFailure() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return null;
        }
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Exception exception ? exception : null;
    }

    private static String minutes(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
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
