package org.supplierportal.quality.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.quality.AttachmentView;
import org.supplierportal.quality.IncidentStatus;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.LimitedUpload;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ValueEvent;

/**
 * The files of an incident (step null) or of one of its steps, to download, and an upload while the incident is
 * open. A file that arrives goes to the view as an event; the view attaches it.
 */
class IncidentFiles extends Div {

    private final StepKind step;

    /**
     * @param download the download of a file, from the view (the content comes from the service when it is asked)
     */
    IncidentFiles(IncidentView incident, StepKind step, long maxBytes, Function<AttachmentView, DownloadHandler> download) {
        this.step = step;
        setId(step == null ? "incident-attachments" : "attachments-" + step.slug());
        addClassName(step == null ? "card" : "step-files");
        if (step == null) {
            add(new H2(getTranslation("quality.files")));
        }
        List<AttachmentView> files = incident.attachmentsOf(step);
        if (files.isEmpty() && step == null) {
            add(new Hint(getTranslation("quality.files.none") + (incident.status() == IncidentStatus.OPEN
                    ? " " + getTranslation("quality.files.addHelp") : "")));
        }
        for (AttachmentView file : files) {
            add(new Div(link(file, download.apply(file)), new Hint(" " + size(file.sizeBytes()) + ", " + file.uploadedBy()
                    + ", " + UserFormats.dateTime(file.uploadedAt()))));
        }
        if (incident.status() == IncidentStatus.OPEN) {
            add(upload(maxBytes));
        }
    }

    Registration addFileListener(ComponentEventListener<FileAdded> listener) {
        return addListener(FileAdded.class, listener);
    }

    private Upload upload(long maxBytes) {
        Upload upload = LimitedUpload.of(maxBytes, (fileName, bytes) -> fireEvent(new FileAdded(this, new UploadedFile(fileName, bytes))));
        upload.setId(step == null ? "attach-file" : "attach-file-" + step.slug());
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation(step == null ? "quality.files.add" : "quality.files.addToStep"), VaadinIcon.PAPERCLIP.create()));
        upload.addFileRejectedListener(rejected -> Confirmations.failed(LimitedUpload.refusal(maxBytes, rejected.getFileName())));
        return upload;
    }

    private static Anchor link(AttachmentView file, DownloadHandler download) {
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + file.fileName()));
        link.addClassName("export-link");
        link.getElement().setAttribute("data-file", file.fileName());
        return link;
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? UserFormats.number(BigDecimal.valueOf(bytes / 1024)) + " KB"
                : UserFormats.number(BigDecimal.valueOf(bytes * 10 / (1024 * 1024), 1)) + " MB";
    }

    /** The incident's step these files belong to; null for the incident's own files. */
    StepKind step() {
        return step;
    }

    /** A file to attach to the incident (step null) or to one of its steps. */
    static final class FileAdded extends ValueEvent<IncidentFiles, UploadedFile> {
        FileAdded(IncidentFiles source, UploadedFile file) {
            super(source, true, file);
        }
    }
}
