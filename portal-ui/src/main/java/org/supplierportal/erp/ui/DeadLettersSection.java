package org.supplierportal.erp.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.erp.deadletter.DeadLetterView;
import org.supplierportal.shell.UserFormats;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * What failed for good, with its error, history and payload; the admin selects letters whose cause is fixed and asks
 * to replay them ({@link ReplayRequested}). A refresh keeps the selection.
 */
class DeadLettersSection extends CountedSection<DeadLetterView> {

    DeadLettersSection() {
        super(I18NProvider.translate("integration.deadLetters"), "dead-letters", I18NProvider.translate("integration.deadLetters.empty"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DeadLetterView::subject).setHeader(getTranslation("integration.column.record")).setAutoWidth(true);
        grid.addColumn(letter -> getTranslation(letter.direction().equals("INBOUND") ? "integration.fromErp" : "integration.toErp"))
                .setHeader(getTranslation("integration.column.direction")).setAutoWidth(true);
        grid.addColumn(DeadLetterView::error).setHeader(getTranslation("integration.column.error")).setFlexGrow(2);
        grid.addColumn(DeadLetterView::attempts).setHeader(getTranslation("integration.column.attempts")).setAutoWidth(true);
        grid.addColumn(letter -> UserFormats.dateTime(letter.updatedAt())).setHeader(getTranslation("integration.column.lastFailed")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(letter -> {
            Pre payload = new Pre(letter.payload());
            payload.getStyle().set("white-space", "pre-wrap").set("max-height", "12rem").set("overflow", "auto");
            return new Div(new Paragraph(I18NProvider.translate("integration.history")), new Pre(letter.history()), new Paragraph(I18NProvider.translate("integration.payload")), payload);
        }));
        Button replay = new Button(getTranslation("integration.replay"), VaadinIcon.REFRESH.create());
        replay.setId("replay-dead-letters");
        replay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replay.setEnabled(false);
        replay.addClickListener(click -> fireEvent(new ReplayRequested(this,
                grid.getSelectedItems().stream().map(DeadLetterView::id).toList())));
        grid.addSelectionListener(event -> replay.setEnabled(!event.getAllSelectedItems().isEmpty()));
        add(new Paragraph(getTranslation("integration.replay.help")), replay);
    }

    @Override
    void show(List<DeadLetterView> letters) {
        Set<DeadLetterView> selected = grid.getSelectedItems();
        super.show(letters);
        letters.stream().filter(letter -> selected.stream().anyMatch(old -> old.id().equals(letter.id()))).forEach(grid::select);
    }

    void clearSelection() {
        grid.deselectAll();
    }

    Registration addReplayListener(ComponentEventListener<ReplayRequested> listener) {
        return addListener(ReplayRequested.class, listener);
    }

    /** The admin asks to replay the selected letters. */
    static final class ReplayRequested extends ComponentEvent<DeadLettersSection> {

        private final List<UUID> ids;

        ReplayRequested(DeadLettersSection source, List<UUID> ids) {
            super(source, true);
            this.ids = ids;
        }

        List<UUID> ids() {
            return ids;
        }
    }
}
