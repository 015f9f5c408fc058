package org.supplierportal.shipment.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnView;
import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.shell.DatePickers;

/** Step 3 of the ASN form: when the goods leave and arrive, and how they travel. */
class ShipmentFields extends FormSection {

    private final DatePicker shipDate = DatePickers.create(I18NProvider.translate("asn.field.shipDate"));
    private final DatePicker expectedArrival = DatePickers.create(I18NProvider.translate("asn.field.expectedArrival"));
    private final TextField carrier = TextLimits.limit(new TextField(I18NProvider.translate("asn.field.carrier")), 100);
    private final TextField trackingNumber = TextLimits.limit(new TextField(I18NProvider.translate("asn.field.trackingNumber")), 100);
    private final TextField billOfLading = TextLimits.limit(new TextField(I18NProvider.translate("asn.field.billOfLading")), 100);

    ShipmentFields() {
        super(I18NProvider.translate("asn.form.shipment"), null);
        shipDate.setId("ship-date");
        shipDate.setRequired(true);
        expectedArrival.setId("expected-arrival");
        expectedArrival.setRequired(true);
        carrier.setId("carrier");
        trackingNumber.setId("tracking-number");
        billOfLading.setId("bill-of-lading");
        FormLayout form = new FormLayout(shipDate, expectedArrival, carrier, trackingNumber, billOfLading);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(form);
    }

    /** A new shipment: leaving today, arriving in two days, with the supplier's usual carrier. */
    void startWith(String usualCarrier) {
        shipDate.setValue(LocalDate.now(UserFormats.timeZone()));
        expectedArrival.setValue(LocalDate.now(UserFormats.timeZone()).plusDays(2));
        carrier.setValue(usualCarrier == null ? "" : usualCarrier);
    }

    void show(AsnView asn) {
        shipDate.setValue(asn.shipDate());
        expectedArrival.setValue(asn.expectedArrival());
        carrier.setValue(asn.carrier() == null ? "" : asn.carrier());
        trackingNumber.setValue(asn.trackingNumber() == null ? "" : asn.trackingNumber());
        billOfLading.setValue(asn.billOfLading() == null ? "" : asn.billOfLading());
    }

    AsnDraft draft(List<AsnDraft.Line> lines, List<AsnDraft.Package> packages) {
        return new AsnDraft(shipDate.getValue(), expectedArrival.getValue(), carrier.getValue(), trackingNumber.getValue(),
                billOfLading.getValue(), lines, packages);
    }

    /** The fields by the names the service's problems use. */
    void putFields(Map<String, HasValidation> fields) {
        fields.putAll(Map.of("shipDate", shipDate, "expectedArrival", expectedArrival, "carrier", carrier,
                "trackingNumber", trackingNumber, "billOfLading", billOfLading));
    }
}
