package org.supplierportal.erp.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.supplierportal.erp.monitor.IntegrationMonitor;
import org.supplierportal.shell.StatusBadge;

/** Whether an ERP is connected, which one (never its secrets), and what it can do. */
class ConnectionCard extends Div {

    ConnectionCard() {
        addClassName("card");
        setId("erp-connection");
    }

    void show(IntegrationMonitor.Connection erp) {
        removeAll();
        add(new H2(getTranslation("integration.connection")), new HorizontalLayout(
                StatusBadge.of(getTranslation(erp.connected() ? "integration.connected" : "integration.notConnected"), erp.connected() ? StatusBadge.Tone.OK : StatusBadge.Tone.NEUTRAL),
                new Span(erp.description())));
        if (erp.connected()) {
            add(new Paragraph(getTranslation("integration.can", erp.capabilities().stream().map(capability ->
                    capability.name().toLowerCase().replace('_', ' ')).sorted().collect(Collectors.joining(", ")))));
        }
    }
}
