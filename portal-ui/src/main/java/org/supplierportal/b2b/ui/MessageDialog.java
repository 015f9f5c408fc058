package org.supplierportal.b2b.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.supplierportal.b2b.InboundDocuments;
import org.supplierportal.b2b.ReprocessRefusedException;
import org.supplierportal.b2b.Reprocessing;
import org.supplierportal.b2b.log.B2bMessageState;
import org.supplierportal.b2b.log.B2bMessageView;
import org.supplierportal.b2b.log.MessageLog;
import org.supplierportal.shell.Confirmations;

/**
 * One document of the log: its raw text as it was received or sent, to read or download, what happened to it as
 * stored; for a refused EDI document, the portal admin's "Take in again".
 */
class MessageDialog extends Dialog {

    private final MessageLog messageLog;
    private final Reprocessing reprocessing;
    private final boolean portalAdmin;
    private final Runnable changed;

    MessageDialog(MessageLog messageLog, Reprocessing reprocessing, boolean portalAdmin, Runnable changed) {
        this.messageLog = messageLog;
        this.reprocessing = reprocessing;
        this.portalAdmin = portalAdmin;
        this.changed = changed;
    }

    void open(B2bMessageView message) {
        setHeaderTitle(getTranslation(message.direction().equals("IN") ? "b2bLog.received" : "b2bLog.sent", message.standard(),
                message.documentType(), message.fileName() == null ? "" : message.fileName()));
        String text = messageLog.raw(message.id()).orElse(null);
        Pre raw = new Pre(text == null ? getTranslation("b2bLog.noText") : text);
        raw.setId("b2b-raw-document");
        raw.getStyle().set("white-space", "pre-wrap").set("max-width", "80ch");
        add(raw);
        if (message.detail() != null) {
            add(new Pre(message.detail()));
        }
        if (text != null) {
            getFooter().add(download(message, text));
        }
        getFooter().add(new Button(getTranslation("b2bLog.close"), click -> close()));
        if (portalAdmin && message.state() == B2bMessageState.REFUSED && message.direction().equals("IN")
                && !message.standard().equals("cXML")) {
            Paragraph hint = new Paragraph(getTranslation("b2bLog.reprocessHint"));
            hint.addClassName("hint");
            add(hint);
            Button again = new Button(getTranslation("b2bLog.takeInAgain"), click -> takeInAgain(hint, click.getSource(), message));
            again.setId("b2b-reprocess");
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            again.setDisableOnClick(true);
            getFooter().add(again);
        }
        open();
    }

    /** The document as a file, under the name it came or went with. */
    private Anchor download(B2bMessageView message, String text) {
        String fileName = message.fileName() != null ? message.fileName()
                : message.standard() + "-" + message.documentType() + "-" + message.id() + ".txt";
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("text/plain;charset=UTF-8");
            try (var out = event.getOutputStream()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("b2bLog.download")));
        link.setId("b2b-download");
        link.addClassName("export-link");
        return link;
    }

    /** The outcome stays in the dialog until it is closed: it can be long, and it says what to do next. */
    private void takeInAgain(Paragraph hint, Button again, B2bMessageView message) {
        try {
            InboundDocuments.InboundOutcome outcome = reprocessing.reprocess(message.id());
            hint.setText(getTranslation(outcome.applied() ? "b2bLog.outcome.applied" : "b2bLog.outcome.refused", outcome.summary()));
            Confirmations.done(getTranslation(outcome.applied() ? "b2bLog.done.applied" : "b2bLog.done.refused"));
        } catch (ReprocessRefusedException refused) {
            String why = getTranslation("b2bLog.reprocessRefused." + refused.reason().name(),
                    refused.getCause() == null ? "" : String.valueOf(refused.getCause().getMessage()));
            hint.setText(why);
            Confirmations.failed(why);
        }
        hint.setId("b2b-reprocess-outcome");
        again.setVisible(false);
        changed.run();
    }
}
