package org.supplierportal.shipment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.InvalidAsnException;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import com.vaadin.flow.router.HasDynamicTitle;

/** A supplier announces a shipment: the ASN form, sent to the customer and its ERP at once. */
@Route("shipments/new")
@RolesAllowed(Role.SUPPLIER_USER_NAME)
class NewAsnView extends AsnFormPage implements HasDynamicTitle {

    NewAsnView(AsnService asns, AsnQueries queries, TenantService tenants) {
        super(asns, queries);
        AsnForm form = connect(new AsnForm(tenants.myTenant()), null);
        Button send = new Button(getTranslation("asn.send"), VaadinIcon.PAPERPLANE.create(), click -> {
            try {
                AsnView sent = asns.create(form.draft());
                UI.getCurrent().navigate("shipments/" + sent.id(), QueryParameters.of("sent", "true"));
            } catch (InvalidAsnException invalid) {
                form.showProblems(invalid.problems());
            }
        });
        send.setId("send-asn");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        Button cancel = new Button(getTranslation("asn.cancelForm"), click -> UI.getCurrent().navigate("shipments"));
        add(new ViewHeader(getTranslation("shipments.new"), getTranslation("asn.new.description")),
                form, new HorizontalLayout(send, cancel));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("shipments.new"));
    }
}
