package org.supplierportal.shell.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.shell.MenuTitles;
import org.supplierportal.shell.NavbarItem;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * The frame around every screen: the navigation (only the screens the user's role may open, from each view's
 * {@code @Menu}), and who is logged in for which company (the name opens their own page), with what other modules
 * put there (the notifications' bell) and the log-out button.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication, CurrentUsers currentUsers, ObjectProvider<NavbarItem> navbarItems) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        addToNavbar(new DrawerToggle());
        // Error pages can be shown before log-in; then there is nobody to show.
        currentUsers.find().ifPresent(user -> addToNavbar(whoAmI(user, navbarItems)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        VaadinSession session = ui.getSession();
        if (session.getAttribute(UserFormats.TIME_ZONE_ATTRIBUTE) == null) {
            ui.getPage().retrieveExtendedClientDetails(details ->
                    session.setAttribute(UserFormats.TIME_ZONE_ATTRIBUTE, ZoneId.of(details.getTimeZoneId())));
        }
    }

    private static Div brand() {
        Span name = new Span(I18NProvider.translate("app.name"));
        name.addClassName("brand-name");
        Div brand = new Div(name);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(MenuTitles.of(entry), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    private Header whoAmI(CurrentUser user, ObjectProvider<NavbarItem> navbarItems) {
        Anchor name = new Anchor("account", user.displayName());
        name.setId("my-account");
        name.addClassName("user-name");
        Span company = new Span(user.isCrossTenant() ? getTranslation("shell.allSuppliers") : user.tenantName());
        company.addClassName("user-company");
        company.setId("acting-for");
        Span role = new Span(getTranslation("role." + user.primaryRole().name()));
        role.addClassName("user-role");
        Div identity = new Div(name, company, role);
        identity.addClassName("user-identity");
        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        Header header = new Header();
        navbarItems.orderedStream().forEach(item -> header.add(item.create()));
        header.add(identity, logout);
        header.addClassName("navbar-user");
        return header;
    }
}
