package org.supplierportal.quality.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.quality.AttachmentRules;
import org.supplierportal.quality.IncidentDraft;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.InvalidIncidentException;
import org.supplierportal.quality.QualityProblem;
import org.supplierportal.quality.QualityService;
import org.supplierportal.quality.Severity;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.LimitedUpload;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * A buyer opens a quality incident: against which supplier, what part (or PO line), the defect, how severe, by when
 * each step is due (from the severity unless changed), and files such as photos or a measurement report.
 */
@Route("quality/new")
@PageTitle("New quality incident | Supplier Portal")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class NewIncidentView extends Main {

    private final QualityService quality;
    private final ComboBox<TenantSummary> supplier = new ComboBox<>("Supplier");
    private final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>("Severity");
    private final TextField title = TextLimits.limit(new TextField("Title"), 200);
    private final TextArea defect = TextLimits.limit(new TextArea("Defect found"), 4000);
    private final TextField partNumber = TextLimits.limit(new TextField("Part number"), 100);
    private final TextField orderNumber = TextLimits.limit(new TextField("PO"), 50);
    private final IntegerField orderLine = new IntegerField("Line");
    private final TextField asnNumber = TextLimits.limit(new TextField("ASN"), 30);
    private final TextField lot = TextLimits.limit(new TextField("Lot / batch"), 100);
    private final BigDecimalField quantity = new BigDecimalField("Quantity affected");
    private final TextField unit = TextLimits.limit(new TextField("Unit"), 20);
    private final Map<StepKind, DateTimePicker> dueDates = new EnumMap<>(StepKind.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final ProblemsBox problems = new ProblemsBox("incident-problems");
    private final List<PendingFile> files = new ArrayList<>();
    private final UnorderedList fileList = new UnorderedList();
    private Upload upload;
    private final Button openButton = new Button("Open incident", VaadinIcon.CHECK.create(), click -> open());

    private record PendingFile(String name, byte[] content) {
    }

    NewIncidentView(QualityService quality, TenantService tenants) {
        this.quality = quality;
        addClassName("page");
        add(new ViewHeader("New quality incident", "The supplier is told at once and answers step by step: containment"
                + " first, then root cause, corrective and preventive action."));
        add(problems, defectSection(tenants), dueSection(), filesSection());
        openButton.setId("open-incident");
        openButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openButton.setDisableOnClick(true);
        Button cancel = new Button("Cancel", click -> UI.getCurrent().navigate("quality"));
        add(new HorizontalLayout(openButton, cancel));
    }

    private Div defectSection(TenantService tenants) {
        supplier.setItems(tenants.listAll().stream().filter(TenantSummary::active).toList());
        supplier.setItemLabelGenerator(TenantSummary::name);
        supplier.setRequiredIndicatorVisible(true);
        supplier.setId("incident-supplier");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Severity::label);
        severity.setValue(Severity.MAJOR);
        severity.setId("incident-severity");
        severity.setHelperText("Sets when each step is due; critical means containment within a day.");
        severity.addValueChangeListener(change -> fillDueDates());
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setPlaceholder("e.g. Burr on bore edge");
        title.setId("incident-title");
        defect.setRequiredIndicatorVisible(true);
        defect.setMaxLength(4000);
        defect.setPlaceholder("What was found, where, how many, how it was detected");
        defect.setId("incident-defect");
        partNumber.setId("incident-part");
        partNumber.setHelperText("Taken from the PO line when left empty");
        orderNumber.setId("incident-po");
        orderLine.setId("incident-line");
        orderLine.setMin(1);
        asnNumber.setId("incident-asn");
        lot.setId("incident-lot");
        quantity.setId("incident-quantity");
        unit.setId("incident-unit");
        unit.setMaxLength(20);
        fields.putAll(Map.of("supplier", supplier, "severity", severity, "title", title, "defect", defect,
                "partNumber", partNumber, "orderNumber", orderNumber, "orderLineNumber", orderLine, "asnNumber", asnNumber,
                "quantityAffected", quantity));
        FormLayout form = new FormLayout(supplier, severity, title, defect, orderNumber, orderLine, partNumber, asnNumber,
                lot, quantity, unit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        form.setColspan(supplier, 2);
        form.setColspan(severity, 2);
        form.setColspan(title, 4);
        form.setColspan(defect, 4);
        form.setColspan(unit, 1);
        Div card = new Div(new H2("Defect"), form);
        card.addClassName("card");
        return card;
    }

    private Div dueSection() {
        FormLayout form = new FormLayout();
        for (StepKind kind : StepKind.values()) {
            DateTimePicker picker = new DateTimePicker(kind.label() + " due");
            picker.setLocale(UserFormats.locale());
            picker.setId("due-" + kind.slug());
            picker.setHelperText(kind.hint());
            dueDates.put(kind, picker);
            fields.put("dueDates." + kind.name(), picker);
            form.add(picker);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fillDueDates();
        Div card = new Div(new H2("Due dates"), new Paragraph("Filled in from the severity; change them if you agreed"
                + " other dates with the supplier."), form);
        card.addClassName("card");
        return card;
    }

    private void fillDueDates() {
        if (severity.getValue() == null) {
            return;
        }
        quality.defaultDueDates(severity.getValue()).forEach((kind, due) ->
                dueDates.get(kind).setValue(LocalDateTime.ofInstant(due, UserFormats.timeZone()).withSecond(0).withNano(0)));
    }

    private Div filesSection() {
        upload = LimitedUpload.of(quality.maxAttachmentBytes(), this::takeFile);
        upload.setId("incident-files");
        upload.setUploadButton(new Button("Add files", VaadinIcon.PAPERCLIP.create()));
        upload.addFileRejectedListener(rejected -> Confirmations.failed(rejected.getErrorMessage()));
        fileList.setId("incident-file-list");
        Div card = new Div(new H2("Files"), new Paragraph("Photos, a measurement report or the rejection note: "
                + "PDF, images or spreadsheets up to " + quality.maxAttachmentBytes() / (1024 * 1024) + " MB each."), upload, fileList);
        card.addClassName("card");
        return card;
    }

    /** Checks a file at once (the same rules the service applies) and keeps it until the incident is opened. */
    private void takeFile(String name, byte[] content) {
        upload.clearFileList(); // the list below shows what will be attached; a refused file must not look taken
        String clean = AttachmentRules.cleanName(name);
        AttachmentRules.Check check = AttachmentRules.check(clean, content, quality.maxAttachmentBytes());
        if (!check.ok()) {
            Confirmations.failed(check.problem());
            return;
        }
        PendingFile file = new PendingFile(clean, content);
        files.add(file);
        ListItem item = new ListItem(clean + " ");
        Button remove = new Button("Remove", click -> {
            files.remove(file);
            fileList.remove(item);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        item.add(remove);
        fileList.add(item);
    }

    private void open() {
        Map<StepKind, Instant> due = new EnumMap<>(StepKind.class);
        dueDates.forEach((kind, picker) -> {
            if (picker.getValue() != null) {
                due.put(kind, picker.getValue().atZone(UserFormats.timeZone()).toInstant());
            }
        });
        IncidentDraft draft = new IncidentDraft(supplier.getValue() == null ? null : supplier.getValue().id(),
                severity.getValue(), title.getValue(), defect.getValue(), partNumber.getValue(), orderNumber.getValue(),
                orderLine.getValue(), asnNumber.getValue(), lot.getValue(), quantity.getValue(), unit.getValue(), due);
        try {
            IncidentView incident = quality.open(draft);
            files.forEach(file -> quality.attach(incident.id(), null, file.name(), file.content()));
            Confirmations.done("Incident " + incident.number() + " opened; " + incident.supplierName() + " can answer it now.");
            UI.getCurrent().navigate("quality/" + incident.id());
        } catch (InvalidIncidentException refused) {
            List<QualityProblem> found = refused.problems();
            problems.show(found, fields, found.size() == 1 ? "One thing needs your attention before the incident can be opened:"
                    : found.size() + " things need your attention before the incident can be opened:");
            openButton.setEnabled(true);
        }
    }
}
