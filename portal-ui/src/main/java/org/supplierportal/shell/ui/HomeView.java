package org.supplierportal.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import org.supplierportal.shell.MenuTitles;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/** Where everyone lands: who you are, which company you act for, and what you can do here. */
@Route("")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUsers currentUsers, java.util.List<org.supplierportal.shell.HomeSection> sections) {
        addClassName("page");
        CurrentUser user = currentUsers.require();
        add(new ViewHeader(getTranslation("home.welcome", user.displayName()), null));

        Div identity = new Div(
                fact(getTranslation("home.loggedInAs"), user.username(), "home-username"),
                fact(getTranslation("home.company"), user.isCrossTenant() ? getTranslation("shell.allSuppliers") : user.tenantName(), "home-company"),
                fact(getTranslation("home.role"), getTranslation("role." + user.primaryRole().name()), "home-role"));
        identity.addClassName("facts");
        Paragraph scope = new Paragraph(user.isCrossTenant()
                ? getTranslation("home.scope.crossTenant", getTranslation("role.inSentence." + user.primaryRole().name()))
                : getTranslation("home.scope.supplier", user.tenantName()));
        Div card = new Div(new H2(getTranslation("home.whoYouAre")), identity, scope);
        card.addClassName("card");
        add(card);

        sections.stream().filter(section -> section.isFor(user))
                .sorted(java.util.Comparator.comparingInt(org.supplierportal.shell.HomeSection::order))
                .forEach(section -> add(section.create(user)));

        UnorderedList places = new UnorderedList();
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !entry.menuClass().equals(HomeView.class))
                .forEach(entry -> places.add(new ListItem(new RouterLink(MenuTitles.of(entry), entry.menuClass()))));
        Div next = new Div(new H2(getTranslation("home.whatYouCanDo")));
        next.add(places.getChildren().findAny().isPresent() ? places
                : new Paragraph(getTranslation("home.moreToCome")));
        next.addClassName("card");
        add(next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.home"));
    }

    private static Div fact(String label, String value, String id) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("fact-value");
        valueSpan.setId(id);
        Div fact = new Div(labelSpan, valueSpan);
        fact.addClassName("fact");
        return fact;
    }
}
