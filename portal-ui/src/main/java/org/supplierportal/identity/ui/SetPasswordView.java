package org.supplierportal.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.supplierportal.tenant.RuleTexts;
import org.supplierportal.identity.InvitationCheck;
import org.supplierportal.identity.InvitationLinks;
import org.supplierportal.identity.InvitationRejectedException;
import org.supplierportal.identity.PasswordRule;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Where an invitation link leads: the invitee sees who invited them for which company, chooses a password and is
 * sent to the log-in. A link that no longer works says why and what to do.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationLinks links;
    private final Div card = new Div();
    private final PasswordField password = new PasswordField(I18NProvider.translate("setPassword.new"));
    private final PasswordField repeated = new PasswordField(I18NProvider.translate("setPassword.repeat"));
    private String token;

    SetPasswordView(InvitationLinks links) {
        this.links = links;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        InvitationCheck check = links.check(token);
        card.removeAll();
        Div brand = new Div(new H1(getTranslation("app.name")));
        brand.addClassName("login-brand");
        card.add(brand);
        if (check.refusal() != null) {
            Paragraph problem = new Paragraph(RuleTexts.text(check.refusal()));
            problem.setId("invitation-problem");
            problem.addClassName("login-problem");
            Button login = new Button(getTranslation("setPassword.toLogin"), click -> UI.getCurrent().navigate("login"));
            card.add(problem, login);
            return;
        }
        showForm(check);
    }

    private void showForm(InvitationCheck check) {
        Paragraph welcome = new Paragraph(check.passwordReset()
                ? getTranslation("setPassword.helloReset", check.displayName())
                : check.companyName() == null ? getTranslation("setPassword.welcome", check.displayName(), check.invitedBy())
                : getTranslation("setPassword.welcomeFor", check.displayName(), check.invitedBy(), check.companyName()));
        welcome.setId("invitation-welcome");
        Paragraph login = new Paragraph(getTranslation("setPassword.login", check.email(), UserFormats.dateTime(check.expiresAt())));
        login.addClassName("view-description");
        password.setId("new-password");
        password.setHelperText(getTranslation("setPassword.help", PasswordRule.MIN_LENGTH));
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        repeated.setId("repeat-password");
        repeated.setWidthFull();
        repeated.setRequiredIndicatorVisible(true);
        Button save = new Button(getTranslation("setPassword.save"), click -> save());
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickShortcut(Key.ENTER);
        VerticalLayout form = new VerticalLayout(password, repeated, save);
        form.setPadding(false);
        card.add(welcome, login, form);
        password.focus();
    }

    private void save() {
        password.setInvalid(false);
        repeated.setInvalid(false);
        try {
            String username = links.accept(token, password.getValue(), repeated.getValue());
            UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("password-set", username));
        } catch (InvitationRejectedException rejected) {
            PasswordField field = "repeated".equals(rejected.field()) ? repeated : "password".equals(rejected.field()) ? password : null;
            if (field == null) {
                card.removeAll();
                Paragraph problem = new Paragraph(RuleTexts.refusal(rejected));
                problem.setId("invitation-problem");
                problem.addClassName("login-problem");
                card.add(problem, new Button(getTranslation("setPassword.toLogin"), click -> UI.getCurrent().navigate("login")));
                return;
            }
            field.setErrorMessage(RuleTexts.refusal(rejected));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("setPassword.title"));
    }
}
