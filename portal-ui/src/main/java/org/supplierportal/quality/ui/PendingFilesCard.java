package org.supplierportal.quality.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import org.supplierportal.locale.Explanations;
import org.supplierportal.quality.AttachmentRules;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.LimitedUpload;

/**
 * Files for an incident not opened yet: each checked at once by the rules the service applies (so a refused file
 * is said at once), listed, and kept until the incident is opened.
 */
class PendingFilesCard extends Div {

    private final long maxBytes;
    private final List<UploadedFile> files = new ArrayList<>();
    private final UnorderedList fileList = new UnorderedList();
    private final Upload upload;

    PendingFilesCard(long maxBytes) {
        this.maxBytes = maxBytes;
        upload = LimitedUpload.of(maxBytes, this::take);
        upload.setId("incident-files");
        upload.setUploadButton(new Button(getTranslation("quality.files.addMany"), VaadinIcon.PAPERCLIP.create()));
        upload.addFileRejectedListener(rejected -> Confirmations.failed(LimitedUpload.refusal(maxBytes, rejected.getFileName())));
        fileList.setId("incident-file-list");
        add(new H2(getTranslation("quality.files")), new Paragraph(getTranslation("quality.files.help", maxBytes / (1024 * 1024))), upload, fileList);
        addClassName("card");
    }

    List<UploadedFile> files() {
        return Collections.unmodifiableList(files);
    }

    private void take(String name, byte[] content) {
        upload.clearFileList(); // the list below shows what will be attached; a refused file must not look taken
        String clean = AttachmentRules.cleanName(name);
        AttachmentRules.Check check = AttachmentRules.check(clean, content, maxBytes);
        if (!check.ok()) {
            Confirmations.failed(Explanations.translate(check.translatable()));
            return;
        }
        UploadedFile file = new UploadedFile(clean, content);
        files.add(file);
        ListItem item = new ListItem(clean + " ");
        Button remove = new Button(getTranslation("quality.files.remove"), click -> {
            files.remove(file);
            fileList.remove(item);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        item.add(remove);
        fileList.add(item);
    }
}
