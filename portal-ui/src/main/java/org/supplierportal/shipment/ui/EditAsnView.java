package org.supplierportal.shipment.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.shipment.AsnChangedMeanwhileException;
import org.supplierportal.shipment.AsnNotChangeableException;
import org.supplierportal.shipment.AsnNotFoundException;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnService;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.InvalidAsnException;
import org.supplierportal.tenancy.Role;
import com.vaadin.flow.router.HasDynamicTitle;

/** Changes an ASN not yet received: the change goes to the ERP as its next version. */
@Route("shipments/:id/edit")
@RolesAllowed(Role.SUPPLIER_USER_NAME)
class EditAsnView extends AsnFormPage implements BeforeEnterObserver, HasDynamicTitle {

    EditAsnView(AsnService asns, AsnQueries queries) {
        super(asns, queries);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        AsnView asn;
        try {
            asn = queries.find(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (AsnNotFoundException | IllegalArgumentException missing) {
            add(new EmptyState(getTranslation("asn.missing.title"), getTranslation("asn.edit.missing.text")));
            return;
        }
        if (!asn.status().changeable()) {
            add(new EmptyState(getTranslation("asn.edit.fixed.title", asn.number()),
                    getTranslation("asn.edit.fixed.text", getTranslation("asn.status." + asn.status().name()))));
            return;
        }
        AsnForm form = connect(new AsnForm(asn, queries.describe(AsnForm.linesOf(asn), asn.id())), asn.id());
        Button save = new Button(getTranslation("asn.edit.send", asn.asnVersion() + 1), click -> {
            try {
                AsnView changed = asns.change(asn.id(), asn.version(), form.draft());
                UI.getCurrent().navigate("shipments/" + changed.id(), QueryParameters.of("changed", "true"));
            } catch (InvalidAsnException invalid) {
                form.showProblems(invalid.problems());
            } catch (AsnChangedMeanwhileException changed) {
                Confirmations.failed(getTranslation("asn.changedMeanwhile", asn.number()));
            } catch (AsnNotChangeableException tooLate) {
                Confirmations.failed(getTranslation("asn.notChangeable", asn.number()));
            }
        });
        save.setId("send-asn");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("asn.edit.back"), click -> UI.getCurrent().navigate("shipments/" + asn.id()));
        add(new ViewHeader(getTranslation("asn.edit.title", asn.number()),
                getTranslation("asn.edit.description", asn.asnVersion() + 1)), form, new HorizontalLayout(save, back));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("asn.edit.pageTitle"));
    }
}
