package org.supplierportal.shipment.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shipment.AsnCsv;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnProblem;
import org.supplierportal.shipment.AsnQueries;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ShippableLineView;
import org.supplierportal.shell.LimitedUpload;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenant.TenantSummary;

/**
 * Builds an ASN: pick open order lines (or upload them as CSV), set quantities, lots and serial numbers, say when and
 * how the goods travel, and pack them. The service checks everything; its messages appear by the fields.
 */
class AsnForm extends Div {

    /** A CSV of ASN lines: thousands of rows fit in far less. */
    static final long CSV_MAX_BYTES = 2 * 1024 * 1024;
    private static final List<String> PACKAGE_TYPES = List.of("Pallet", "Carton", "Box", "Crate", "Drum");

    private final AsnQueries asns;
    private final UUID editing;
    private final DatePicker shipDate = new DatePicker("Ship date");
    private final DatePicker expectedArrival = new DatePicker("Expected arrival");
    private final TextField carrier = TextLimits.limit(new TextField("Carrier"), 100);
    private final TextField trackingNumber = TextLimits.limit(new TextField("Tracking number"), 100);
    private final TextField billOfLading = TextLimits.limit(new TextField("Bill of lading"), 100);
    private final TextField search = TextLimits.limit(new TextField(), 100);
    private final Grid<ShippableLineView> available = new Grid<>();
    private final Div linesBox = new Div();
    private final Div packagesBox = new Div();
    private final Div problemsBox = new Div();
    private final List<LineRow> rows = new ArrayList<>();
    private final List<PackageRow> packages = new ArrayList<>();

    AsnForm(AsnQueries asns, TenantSummary supplier, AsnView existing) {
        this.asns = asns;
        this.editing = existing == null ? null : existing.id();
        addClassName("asn-form");
        problemsBox.setId("asn-problems");
        problemsBox.addClassName("problem-box");
        problemsBox.setVisible(false);
        add(problemsBox, pickSection(), linesSection(), transportSection(supplier), packagesSection());
        if (existing == null) {
            shipDate.setValue(LocalDate.now(UserFormats.timeZone()));
            expectedArrival.setValue(LocalDate.now(UserFormats.timeZone()).plusDays(2));
            carrier.setValue(supplier.shipping().defaultCarrier() == null ? "" : supplier.shipping().defaultCarrier());
        } else {
            show(existing);
        }
        refreshAvailable();
    }

    AsnDraft draft() {
        List<AsnDraft.Line> lines = rows.stream().map(row -> new AsnDraft.Line(row.line.orderId().value(), row.line.lineNumber(),
                row.quantity.getValue(), row.lot.getValue(), List.of(row.serials.getValue().split("[\\n,;]+")))).toList();
        List<AsnDraft.Package> packed = packages.stream().map(pack -> new AsnDraft.Package(pack.type.getValue(),
                pack.weight.getValue(), pack.contents())).toList();
        return new AsnDraft(shipDate.getValue(), expectedArrival.getValue(), carrier.getValue(), trackingNumber.getValue(),
                billOfLading.getValue(), lines, packed);
    }

    /** Puts each problem by its field; those without one go to the box on top. */
    void showProblems(List<AsnProblem> problems) {
        clearProblems();
        Map<String, HasValidation> fields = fields();
        List<String> general = new ArrayList<>();
        for (AsnProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else {
                general.add(problem.message());
            }
        }
        UnorderedList list = new UnorderedList();
        general.forEach(message -> list.add(new ListItem(message)));
        problemsBox.add(new Paragraph(problems.size() == 1 ? "One thing needs your attention before the ASN can go:"
                : problems.size() + " things need your attention before the ASN can go:"), list);
        problemsBox.setVisible(true);
        problemsBox.getElement().callJsFunction("scrollIntoView");
    }

    private void clearProblems() {
        fields().values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        problemsBox.removeAll();
        problemsBox.setVisible(false);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("shipDate", shipDate, "expectedArrival", expectedArrival,
                "carrier", carrier, "trackingNumber", trackingNumber, "billOfLading", billOfLading));
        for (int i = 0; i < rows.size(); i++) {
            fields.put("lines[" + i + "].quantity", rows.get(i).quantity);
            fields.put("lines[" + i + "].serials", rows.get(i).serials);
            fields.put("lines[" + i + "].lot", rows.get(i).lot);
        }
        for (int p = 0; p < packages.size(); p++) {
            fields.put("packages[" + p + "].grossWeightKg", packages.get(p).weight);
        }
        return fields;
    }

    private Div pickSection() {
        Div section = section("1. What ships", "Your open order lines, soonest due first. Add the ones going in this"
                + " shipment, or upload them all as a CSV file.");
        search.setId("line-search");
        search.setPlaceholder("PO or part number");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refreshAvailable());
        available.setId("available-lines");
        available.addColumn(view -> view.line().orderNumber()).setHeader("PO").setAutoWidth(true);
        available.addColumn(view -> view.line().lineNumber()).setHeader("Line").setAutoWidth(true);
        available.addColumn(view -> view.line().partNumber()).setHeader("Part").setAutoWidth(true);
        available.addColumn(view -> view.line().description()).setHeader("Description").setFlexGrow(1);
        available.addColumn(view -> UserFormats.date(view.line().dueDate())).setHeader("Due").setAutoWidth(true);
        available.addColumn(view -> UserFormats.quantity(view.open(), view.line().unit())).setHeader("Open to ship")
                .setAutoWidth(true).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        available.addColumn(view -> view.line().committed() ? "Confirmed" : view.line().status().label()).setHeader("Status").setAutoWidth(true);
        available.addComponentColumn(this::addButton).setAutoWidth(true).setFlexGrow(0);
        available.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        available.setHeight("18rem");
        available.setEmptyStateText("No open lines match. Lines appear here once an order is confirmed.");
        section.add(new HorizontalLayout(search, csvUpload(), templateLink()), available);
        return section;
    }

    private Button addButton(ShippableLineView view) {
        boolean added = rows.stream().anyMatch(row -> row.line.orderId().equals(view.line().orderId())
                && row.line.lineNumber() == view.line().lineNumber());
        Button add = new Button(added ? "Added" : "Add", VaadinIcon.PLUS.create(), click -> {
            addRow(view.line(), view.open().signum() > 0 ? view.open() : null, null, List.of());
            refreshAvailable();
        });
        add.setId("add-" + view.line().orderNumber() + "-" + view.line().lineNumber());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setEnabled(!added);
        return add;
    }

    private Upload csvUpload() {
        Upload upload = LimitedUpload.of(CSV_MAX_BYTES, (fileName, bytes) -> takeCsv(new String(bytes, StandardCharsets.UTF_8)));
        upload.setId("csv-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button("Upload lines (CSV)", VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(rejected -> showCsvProblems(List.of(rejected.getErrorMessage())));
        return upload;
    }

    private Anchor templateLink() {
        DownloadHandler template = event -> {
            event.setFileName("asn-lines-template.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (var out = event.getOutputStream()) {
                out.write(AsnCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8));
            }
        };
        Anchor link = new Anchor(template, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" CSV template"));
        link.setId("csv-template");
        link.addClassName("export-link");
        link.setTitle("Columns: " + String.join(", ", AsnCsv.COLUMNS) + ". Serial numbers separated by ; or spaces.");
        return link;
    }

    private void takeCsv(String csv) {
        AsnCsv.Result result = asns.readCsv(csv);
        if (!result.valid()) {
            showCsvProblems(result.problems().stream().map(AsnCsv.RowProblem::toString).toList());
            return;
        }
        clearProblems();
        List<ShippableLineView> described = asns.describe(result.lines(), editing);
        for (int i = 0; i < result.lines().size(); i++) {
            AsnDraft.Line line = result.lines().get(i);
            ShippableLineView view = described.stream().filter(candidate -> candidate.line().orderId().value().equals(line.orderId())
                    && candidate.line().lineNumber() == line.lineNumber()).findFirst().orElseThrow();
            addRow(view.line(), line.quantity(), line.lot(), line.serials());
        }
        refreshAvailable();
        org.supplierportal.shell.Confirmations.done(result.lines().size() + (result.lines().size() == 1 ? " line" : " lines")
                + " taken from the file; check them and send the ASN");
    }

    private void showCsvProblems(List<String> problems) {
        clearProblems();
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        problemsBox.add(new Paragraph("The file was not taken; fix these rows and upload it again:"), list);
        problemsBox.setVisible(true);
    }

    private Div linesSection() {
        Div section = section("2. Quantities, lots and serial numbers", null);
        linesBox.setId("asn-lines");
        section.add(linesBox);
        renderRows();
        return section;
    }

    private Div transportSection(TenantSummary supplier) {
        Div section = section("3. Shipment", null);
        shipDate.setId("ship-date");
        shipDate.setRequired(true);
        shipDate.setLocale(UserFormats.locale());
        expectedArrival.setId("expected-arrival");
        expectedArrival.setRequired(true);
        expectedArrival.setLocale(UserFormats.locale());
        carrier.setId("carrier");
        trackingNumber.setId("tracking-number");
        billOfLading.setId("bill-of-lading");
        FormLayout form = new FormLayout(shipDate, expectedArrival, carrier, trackingNumber, billOfLading);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        section.add(form);
        return section;
    }

    private Div packagesSection() {
        Div section = section("4. Packages", "Pallets or cartons, each with its SSCC label. Optional; if you add"
                + " packages, they must hold everything that ships.");
        packagesBox.setId("asn-packages");
        Button add = new Button("Add a package", VaadinIcon.PLUS.create(), click -> {
            packages.add(new PackageRow());
            renderPackages();
        });
        add.setId("add-package");
        Button perLine = new Button("One pallet per line", click -> {
            packages.clear();
            rows.forEach(row -> {
                PackageRow pack = new PackageRow();
                packages.add(pack);
                renderPackages();
                pack.fields.get(row).setValue(row.quantity.getValue());
            });
            renderPackages();
        });
        perLine.setId("package-per-line");
        section.add(packagesBox, new HorizontalLayout(add, perLine));
        return section;
    }

    private void show(AsnView asn) {
        shipDate.setValue(asn.shipDate());
        expectedArrival.setValue(asn.expectedArrival());
        carrier.setValue(asn.carrier() == null ? "" : asn.carrier());
        trackingNumber.setValue(asn.trackingNumber() == null ? "" : asn.trackingNumber());
        billOfLading.setValue(asn.billOfLading() == null ? "" : asn.billOfLading());
        List<AsnDraft.Line> lines = asn.lines().stream().map(line -> new AsnDraft.Line(line.orderId().value(),
                line.orderLineNumber(), line.quantity(), line.lot(), line.serials())).toList();
        List<ShippableLineView> described = asns.describe(lines, asn.id());
        for (AsnDraft.Line line : lines) {
            described.stream().filter(view -> view.line().orderId().value().equals(line.orderId())
                            && view.line().lineNumber() == line.lineNumber()).findFirst()
                    .ifPresent(view -> addRow(view.line(), line.quantity(), line.lot(), line.serials()));
        }
        asn.packages().forEach(pack -> {
            PackageRow row = new PackageRow();
            row.type.setValue(pack.type() == null ? PACKAGE_TYPES.getFirst() : pack.type());
            row.weight.setValue(pack.grossWeightKg());
            packages.add(row);
            renderPackages();
            pack.contents().forEach(content -> row.fields.get(rows.get(content.line() - 1)).setValue(content.quantity()));
        });
        renderPackages();
    }

    private void addRow(ShippableLine line, BigDecimal quantity, String lot, List<String> serials) {
        LineRow row = new LineRow(line);
        row.quantity.setValue(plain(quantity));
        row.lot.setValue(lot == null ? "" : lot);
        row.serials.setValue(String.join("\n", serials));
        rows.add(row);
        renderRows();
        renderPackages();
    }

    private void renderRows() {
        linesBox.removeAll();
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph("No lines yet: add them from the list above, or upload a CSV file.");
            empty.addClassName("view-description");
            linesBox.add(empty);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            LineRow row = rows.get(i);
            row.quantity.setId("asn-line-" + i + "-quantity");
            row.lot.setId("asn-line-" + i + "-lot");
            row.serials.setId("asn-line-" + i + "-serials");
            Span title = new Span((i + 1) + ". PO " + row.line.orderNumber() + " line " + row.line.lineNumber() + " · "
                    + row.line.partNumber() + (row.line.description() == null ? "" : " · " + row.line.description()));
            title.addClassName("asn-line-title");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(row);
                renderRows();
                renderPackages();
                refreshAvailable();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove line " + (i + 1));
            FormLayout fields = new FormLayout(row.quantity, row.lot, row.serials);
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
            Div box = new Div(new HorizontalLayout(title, remove), fields);
            box.addClassName("asn-line");
            linesBox.add(box);
        }
    }

    private void renderPackages() {
        packagesBox.removeAll();
        for (int p = 0; p < packages.size(); p++) {
            PackageRow pack = packages.get(p);
            pack.sync(rows);
            pack.type.setId("package-" + p + "-type");
            pack.weight.setId("package-" + p + "-weight");
            List<Component> fields = new ArrayList<>(List.of(pack.type, pack.weight));
            for (int i = 0; i < rows.size(); i++) {
                BigDecimalField field = pack.fields.get(rows.get(i));
                field.setId("package-" + p + "-line-" + i);
                field.setLabel("Line " + (i + 1) + " (" + rows.get(i).line.partNumber() + ")");
                fields.add(field);
            }
            FormLayout form = new FormLayout(fields.toArray(Component[]::new));
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
            Button remove = new Button("Remove", click -> {
                packages.remove(pack);
                renderPackages();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            Div box = new Div(new HorizontalLayout(new Span("Package " + (p + 1)), remove), form);
            box.addClassName("asn-package");
            packagesBox.add(box);
        }
    }

    private void refreshAvailable() {
        available.setItems(asns.shippableLines(search.getValue(), 200));
    }

    /** 40.000000 as 40: what people type, not the database's scale. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Div section(String title, String description) {
        Div section = new Div(new H2(title));
        section.addClassNames("card", "form-section");
        if (description != null) {
            Paragraph text = new Paragraph(description);
            text.addClassName("view-description");
            section.add(text);
        }
        return section;
    }

    /** One ASN line being entered. */
    private static final class LineRow {

        final ShippableLine line;
        final BigDecimalField quantity = new BigDecimalField("Quantity");
        final TextField lot = TextLimits.limit(new TextField("Lot / batch"), 100);
        final TextArea serials = TextLimits.limit(new TextArea("Serial numbers"), 200000);

        LineRow(ShippableLine line) {
            this.line = line;
            quantity.setSuffixComponent(new Span(line.unit() == null ? "" : line.unit()));
            quantity.setRequiredIndicatorVisible(true);
            lot.setMaxLength(100);
            serials.setHelperText("For serialised parts: one per piece, one per line");
            serials.setMaxHeight("6rem");
        }
    }

    /** One package being entered: its type, weight and a quantity field per ASN line. */
    private static final class PackageRow {

        final Select<String> type = new Select<>();
        final BigDecimalField weight = new BigDecimalField("Gross weight");
        final Map<LineRow, BigDecimalField> fields = new HashMap<>();
        private final List<LineRow> order = new ArrayList<>();

        PackageRow() {
            type.setLabel("Type");
            type.setItems(PACKAGE_TYPES);
            type.setValue(PACKAGE_TYPES.getFirst());
            weight.setSuffixComponent(new Span("kg"));
        }

        void sync(List<LineRow> rows) {
            fields.keySet().retainAll(rows);
            rows.forEach(row -> fields.computeIfAbsent(row, r -> {
                BigDecimalField field = new BigDecimalField();
                field.setPlaceholder("0");
                return field;
            }));
            order.clear();
            order.addAll(rows);
        }

        List<AsnDraft.Content> contents() {
            List<AsnDraft.Content> contents = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                BigDecimal quantity = fields.get(order.get(i)).getValue();
                if (quantity != null && quantity.signum() != 0) {
                    contents.add(new AsnDraft.Content(i + 1, quantity));
                }
            }
            return contents;
        }
    }
}
