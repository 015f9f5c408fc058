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
                // A connected ERP is described by its own settings (address, database, account), which read the same
                // in every language; what to do when none is connected is said in the reader's.
                new Span(erp.connected() ? erp.description() : getTranslation("integration.howToConnect"))));
        if (erp.connected()) {
            add(new Paragraph(getTranslation("integration.can", erp.capabilities().stream().sorted()
                    .map(capability -> getTranslation("integration.capability." + capability.name()))
                    .collect(Collectors.joining(", ")))));
        }
    }
}
