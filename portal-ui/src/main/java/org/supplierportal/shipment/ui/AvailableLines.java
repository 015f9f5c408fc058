package org.supplierportal.shipment.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.shell.LimitedUpload;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ValueEvent;
import org.supplierportal.shipment.ShippableLineView;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Step 1 of the ASN form: the supplier's open order lines, searchable, each with a button that adds it; or a CSV file
 * of lines. It asks for its lines and hands on the file by events; the view has the service answer.
 */
class AvailableLines extends FormSection {

    /** A CSV of ASN lines: thousands of rows fit in far less. */
    static final long CSV_MAX_BYTES = 2 * 1024 * 1024;

    private final TextField search = TextLimits.limit(new TextField(), 100);
    private final Grid<ShippableLineView> grid = new Grid<>();
    private final Predicate<ShippableLine> added;

    /** @param added whether a line is on the ASN already (its button then says so) */
    AvailableLines(Predicate<ShippableLine> added) {
        super(I18NProvider.translate("asn.form.whatShips"), I18NProvider.translate("asn.form.whatShips.text"));
        this.added = added;
        search.setId("line-search");
        search.setPlaceholder(getTranslation("asn.form.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        grid.setId("available-lines");
        grid.addColumn(view -> view.line().orderNumber()).setHeader(getTranslation("asn.column.po")).setAutoWidth(true);
        grid.addColumn(view -> view.line().lineNumber()).setHeader(getTranslation("asn.column.line")).setAutoWidth(true);
        grid.addColumn(view -> view.line().partNumber()).setHeader(getTranslation("asn.column.part")).setAutoWidth(true);
        grid.addColumn(view -> view.line().description()).setHeader(getTranslation("asn.column.description")).setFlexGrow(1);
        grid.addColumn(view -> UserFormats.date(view.line().dueDate())).setHeader(getTranslation("asn.column.due")).setAutoWidth(true);
        grid.addColumn(view -> UserFormats.quantity(view.open(), view.line().unit())).setHeader(getTranslation("asn.column.open"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(view -> getTranslation(view.line().committed() ? "line.status.COMMITTED" : "line.status." + view.line().status().name()))
                .setHeader(getTranslation("asn.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::addButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("18rem");
        grid.setEmptyStateText(getTranslation("asn.form.noLines"));
        add(new HorizontalLayout(search, csvUpload(), new CsvTemplateLink()), grid);
    }

    /** Asks for the lines matching the search again (after a line was added or removed, or at the start). */
    void refresh() {
        fireEvent(new SearchChanged(this, search.getValue()));
    }

    void show(List<ShippableLineView> lines) {
        grid.setItems(lines);
    }

    Registration addSearchListener(ComponentEventListener<SearchChanged> listener) {
        return addListener(SearchChanged.class, listener);
    }

    Registration addPickListener(ComponentEventListener<LinePicked> listener) {
        return addListener(LinePicked.class, listener);
    }

    Registration addCsvListener(ComponentEventListener<CsvUploaded> listener) {
        return addListener(CsvUploaded.class, listener);
    }

    Registration addRefusedListener(ComponentEventListener<CsvRefused> listener) {
        return addListener(CsvRefused.class, listener);
    }

    private Button addButton(ShippableLineView view) {
        boolean isAdded = added.test(view.line());
        Button add = new Button(getTranslation(isAdded ? "asn.form.added" : "asn.form.add"), VaadinIcon.PLUS.create(), click -> fireEvent(new LinePicked(this, view)));
        add.setId("add-" + view.line().orderNumber() + "-" + view.line().lineNumber());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.setEnabled(!isAdded);
        return add;
    }

    private Upload csvUpload() {
        Upload upload = LimitedUpload.of(CSV_MAX_BYTES, (fileName, bytes) ->
                fireEvent(new CsvUploaded(this, new String(bytes, StandardCharsets.UTF_8))));
        upload.setId("csv-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("asn.form.uploadCsv"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(rejected -> fireEvent(new CsvRefused(this, rejected.getErrorMessage())));
        return upload;
    }

    /** The lines matching this search text are wanted. */
    static final class SearchChanged extends ValueEvent<AvailableLines, String> {
        SearchChanged(AvailableLines source, String text) {
            super(source, false, text);
        }
    }

    /** The supplier adds this line to the ASN. */
    static final class LinePicked extends ValueEvent<AvailableLines, ShippableLineView> {
        LinePicked(AvailableLines source, ShippableLineView line) {
            super(source, true, line);
        }
    }

    /** A CSV file of lines arrived, to be read. */
    static final class CsvUploaded extends ValueEvent<AvailableLines, String> {
        CsvUploaded(AvailableLines source, String csv) {
            super(source, true, csv);
        }
    }

    /** The upload refused a file (too large, say), and says why. */
    static final class CsvRefused extends ValueEvent<AvailableLines, String> {
        CsvRefused(AvailableLines source, String reason) {
            super(source, true, reason);
        }
    }
}
