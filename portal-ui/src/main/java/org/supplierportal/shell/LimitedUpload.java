package org.supplierportal.shell;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload that reads at most its limit into memory. Vaadin's own in-memory handler reads the whole request before
 * anyone can look at the size, and the browser's size check is no check against a script: here a request that says it
 * is larger is refused before reading, and one that does not say is read only up to the limit and then refused, so a
 * 40 MB request costs at most the limit. Refused files are answered 422 and the person is told why, in their language;
 * so are files the browser refuses as too large before sending them.
 */
public final class LimitedUpload implements UploadHandler {

    private final long maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;

    private LimitedUpload(long maxBytes, SerializableBiConsumer<String, byte[]> received) {
        this.maxBytes = maxBytes;
        this.received = received;
    }

    /**
     * An upload button for one file at a time, in the reader's language.
     *
     * @param received the file's name and content, called in the UI's session lock
     */
    public static Upload of(long maxBytes, SerializableBiConsumer<String, byte[]> received) {
        Upload upload = new Upload(new LimitedUpload(maxBytes, received));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(UploadTexts.inReadersLanguage());
        return upload;
    }

    /**
     * Why the browser refused a file, in the reader's language: only its size can be the reason for an upload
     * without a list of accepted types (Vaadin's own message would be English whatever the reader's language).
     */
    public static String refusal(long maxBytes, String fileName) {
        return UploadTexts.tooLarge(fileName, maxBytes);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            refuse(event);
            return;
        }
        String name = event.getFileName();
        event.getUI().access(() -> received.accept(name, content));
    }

    private void refuse(UploadEvent event) {
        String name = event.getFileName();
        // The answer to the request stays English (logs, scripts); the person reads it in their language.
        event.reject(name + " is larger than " + megabytes(maxBytes) + "; files can be up to " + megabytes(maxBytes) + ".");
        UI ui = event.getUI();
        if (ui != null) {
            ui.access(() -> Confirmations.failed(UploadTexts.tooLarge(name, maxBytes)));
        }
    }

    /** Multipart requests: Vaadin checks these against the parts before calling the handler. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private static String megabytes(long bytes) {
        long megabytes = bytes / (1024 * 1024);
        return megabytes >= 1 ? megabytes + " MB" : bytes / 1024 + " KB";
    }
}
