package org.supplierportal.onboarding.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.tenant.TenantDraft;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tolerance.ToleranceLimits;

/**
 * A supplier's details: editable for an admin when the supplier is managed on screen, read-only otherwise, with a
 * word on the file that manages it (and, once that file is gone, the offer to manage it here).
 */
class SupplierDetailsCard extends Div {

    private final SupplierForm form;

    /**
     * @param editable    whether the user may change the details here
     * @param fileNotice  whether to say which file manages the supplier
     * @param filePresent whether that file is still in the tenants folder
     */
    SupplierDetailsCard(TenantSummary tenant, ToleranceLimits defaults, boolean editable, boolean fileNotice, boolean filePresent) {
        addClassName("card");
        add(new H2(getTranslation("supplier.details")));
        form = new SupplierForm(false, defaults);
        form.show(TenantDraft.of(tenant));
        form.setReadOnly(!editable);
        if (fileNotice) {
            add(fileNotice(tenant, filePresent));
        }
        add(form);
        if (editable) {
            Button save = new Button(getTranslation("supplier.save"), click -> fireEvent(new SaveRequested(this)));
            save.setId("save-supplier");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
    }

    SupplierForm form() {
        return form;
    }

    Registration addSaveListener(ComponentEventListener<SaveRequested> listener) {
        return addListener(SaveRequested.class, listener);
    }

    Registration addManageOnScreenListener(ComponentEventListener<ManageOnScreenRequested> listener) {
        return addListener(ManageOnScreenRequested.class, listener);
    }

    private Div fileNotice(TenantSummary tenant, boolean filePresent) {
        Div notice = new Div();
        notice.addClassName("notice");
        notice.setId("managed-by-file");
        if (filePresent) {
            notice.add(new Paragraph(getTranslation("supplier.file.present", tenant.sourceFile(), tenant.name())));
            return notice;
        }
        Button takeOver = new Button(getTranslation("supplier.manageOnScreen"), click -> fireEvent(new ManageOnScreenRequested(this)));
        takeOver.setId("manage-on-screen");
        notice.add(new Paragraph(getTranslation("supplier.file.gone", tenant.sourceFile(), tenant.name())), takeOver);
        return notice;
    }

    /** The admin saves the changed details. */
    static final class SaveRequested extends ComponentEvent<SupplierDetailsCard> {
        SaveRequested(SupplierDetailsCard source) {
            super(source, true);
        }
    }

    /** The admin takes over a supplier whose file is gone, to manage it on screen from now on. */
    static final class ManageOnScreenRequested extends ComponentEvent<SupplierDetailsCard> {
        ManageOnScreenRequested(SupplierDetailsCard source) {
            super(source, true);
        }
    }
}
