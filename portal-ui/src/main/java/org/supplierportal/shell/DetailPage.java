package org.supplierportal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;

/**
 * A page about one thing named in its address (an order, an ASN, an incident, an invoice, a supplier): it looks the
 * thing up on entering, names the browser tab after it, and shows the same "no such" page whether the thing does not
 * exist or is another company's, so an address reveals nothing.
 *
 * @param <T> what the page shows
 */
public abstract class DetailPage<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final String parameter;
    private final Class<? extends RuntimeException> notFound;
    private String pageTitle;

    /**
     * @param parameter the route parameter that names the thing, e.g. {@code id}
     * @param pageTitle the tab's title until the thing is shown
     * @param notFound  what {@link #find} throws for a thing the user may not see; a malformed parameter
     *                  ({@link IllegalArgumentException}) counts as not found too
     */
    protected DetailPage(String parameter, String pageTitle, Class<? extends RuntimeException> notFound) {
        this.parameter = parameter;
        this.pageTitle = pageTitle;
        this.notFound = notFound;
        addClassName("page");
    }

    /** Looks the thing up by the route parameter's value. */
    protected abstract T find(String value);

    /** Fills the (empty) page with the thing; the query parameters carry what the previous page wants said. */
    protected abstract void show(T thing, QueryParameters query);

    /** Fills the (empty) page for a thing that is not there. */
    protected abstract void missing(BeforeEnterEvent event, String value);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String value = event.getRouteParameters().get(parameter).orElse("");
        T thing;
        try {
            thing = find(value);
        } catch (RuntimeException lookup) {
            if (!(lookup instanceof IllegalArgumentException) && !notFound.isInstance(lookup)) {
                throw lookup;
            }
            removeAll();
            missing(event, value);
            return;
        }
        removeAll();
        show(thing, event.getLocation().getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", pageTitle);
    }

    protected void setPageTitle(String pageTitle) {
        this.pageTitle = pageTitle;
    }

    /** The "no such" page: what happened, and the way back to the list. */
    protected void showMissing(String title, String text, String backLabel, String backRoute) {
        add(new EmptyState(title, text, new Button(backLabel, click -> UI.getCurrent().navigate(backRoute))));
    }

    /** The line of status badges under the header, under an id of its own (the browser tests read it). */
    protected void addStatus(String id, Component... badges) {
        Div status = new Div(badges);
        status.setId(id);
        add(status);
    }
}
