package org.supplierportal.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/** Where everyone lands: who you are, which company you act for, and what you can do here. */
@Route("")
@PageTitle("Home | Supplier Portal")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Main {

    HomeView(CurrentUsers currentUsers, java.util.List<org.supplierportal.shell.HomeSection> sections) {
        addClassName("page");
        CurrentUser user = currentUsers.require();
        add(new ViewHeader("Welcome, " + user.displayName(), null));

        Div identity = new Div(
                fact("Logged in as", user.username(), "home-username"),
                fact("Company", user.isCrossTenant() ? "All suppliers" : user.tenantName(), "home-company"),
                fact("Role", user.primaryRole().label(), "home-role"));
        identity.addClassName("facts");
        Paragraph scope = new Paragraph(user.isCrossTenant()
                ? "You work across every supplier: you see each supplier's data, and act on it as a "
                  + user.primaryRole().label().toLowerCase() + "."
                : "You act for " + user.tenantName() + ": you see only " + user.tenantName()
                  + "'s data, and nobody from another supplier sees yours.");
        Div card = new Div(new H2("Who you are"), identity, scope);
        card.addClassName("card");
        add(card);

        sections.stream().filter(section -> section.isFor(user))
                .sorted(java.util.Comparator.comparingInt(org.supplierportal.shell.HomeSection::order))
                .forEach(section -> add(section.create(user)));

        UnorderedList places = new UnorderedList();
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !entry.menuClass().equals(HomeView.class))
                .forEach(entry -> places.add(new ListItem(new RouterLink(entry.title(), entry.menuClass()))));
        Div next = new Div(new H2("What you can do here"));
        next.add(places.getChildren().findAny().isPresent() ? places
                : new Paragraph("More screens arrive as the portal grows."));
        next.addClassName("card");
        add(next);
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
