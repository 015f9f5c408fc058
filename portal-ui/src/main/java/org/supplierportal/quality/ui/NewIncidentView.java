package org.supplierportal.quality.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.InvalidIncidentException;
import org.supplierportal.quality.QualityProblem;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * A buyer opens a quality incident: against which supplier, what part (or PO line), the defect, how severe, by when
 * each step is due (from the severity unless changed), and files such as photos or a measurement report.
 */
@Route("quality/new")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class NewIncidentView extends Main implements HasDynamicTitle {

    private final QualityService quality;
    private final DefectCard defect;
    private final DueDatesCard dueDates = new DueDatesCard();
    private final PendingFilesCard files;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final ProblemsBox problems = new ProblemsBox("incident-problems");
    private final Button openButton = new Button(I18NProvider.translate("quality.new.open"), VaadinIcon.CHECK.create(), click -> open());

    NewIncidentView(QualityService quality, TenantService tenants) {
        this.quality = quality;
        addClassName("page");
        defect = new DefectCard(tenants.listAll().stream().filter(TenantSummary::active).toList());
        defect.addSeverityListener(changed -> fillDueDates(changed.value()));
        fillDueDates(defect.severity());
        files = new PendingFilesCard(quality.maxAttachmentBytes());
        defect.putFields(fields);
        dueDates.putFields(fields);
        add(new ViewHeader(getTranslation("quality.new.title"), getTranslation("quality.new.description")));
        add(problems, defect, dueDates, files);
        openButton.setId("open-incident");
        openButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openButton.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("quality.new.cancel"), click -> UI.getCurrent().navigate("quality"));
        add(new HorizontalLayout(openButton, cancel));
    }

    private void fillDueDates(Severity severity) {
        if (severity != null) {
            dueDates.fill(quality.defaultDueDates(severity));
        }
    }

    private void open() {
        try {
            IncidentView incident = quality.open(defect.draft(dueDates.values()));
            files.files().forEach(file -> quality.attach(incident.id(), null, file.name(), file.content()));
            Confirmations.done(getTranslation("quality.new.opened", incident.number(), incident.supplierName()));
            UI.getCurrent().navigate("quality/" + incident.id());
        } catch (InvalidIncidentException refused) {
            List<QualityProblem> found = refused.problems();
            problems.show(found, fields, getTranslation("quality.new.problems", found.size()));
            openButton.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("quality.new.title"));
    }
}
