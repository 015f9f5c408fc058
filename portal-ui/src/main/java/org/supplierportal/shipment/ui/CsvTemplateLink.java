package org.supplierportal.shipment.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.supplierportal.shipment.AsnCsv;

/** The empty CSV file of ASN lines to fill in, with its columns in the link's tooltip. */
class CsvTemplateLink extends Anchor {

    CsvTemplateLink() {
        super(template(), AttachmentType.DOWNLOAD, "");
        add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("asn.form.csvTemplate")));
        setId("csv-template");
        addClassName("export-link");
        setTitle(getTranslation("asn.form.csvTemplate.help", String.join(", ", AsnCsv.COLUMNS)));
    }

    private static DownloadHandler template() {
        return event -> {
            event.setFileName("asn-lines-template.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (var out = event.getOutputStream()) {
                out.write(AsnCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
