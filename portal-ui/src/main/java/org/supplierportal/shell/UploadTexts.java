package org.supplierportal.shell;

import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's own words of an upload (its button, the drop hint, its errors, the buttons of a file in its list) in the
 * reader's language: without them Vaadin shows its English ones.
 */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N inReadersLanguage() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(text("upload.addFiles.one")).setMany(text("upload.addFiles.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(text("upload.dropFiles.one")).setMany(text("upload.dropFiles.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(text("upload.error.tooManyFiles"))
                        .setFileIsTooBig(text("upload.error.fileIsTooBig")).setIncorrectFileType(text("upload.error.incorrectFileType")))
                .setFile(new UploadI18N.File().setRetry(text("upload.file.retry")).setStart(text("upload.file.start"))
                        .setRemove(text("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(text("upload.status.connecting"))
                                .setStalled(text("upload.status.stalled")).setProcessing(text("upload.status.processing"))
                                .setHeld(text("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text("upload.remainingTime.prefix"))
                                .setUnknown(text("upload.remainingTime.unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text("upload.uploadError.serverUnavailable"))
                                .setUnexpectedServerError(text("upload.uploadError.unexpectedServerError"))
                                .setForbidden(text("upload.uploadError.forbidden"))
                                .setFileTooLarge(text("upload.uploadError.fileTooLarge"))));
    }

    /** A file larger than the limit, said in the reader's language. */
    static String tooLarge(String fileName, long maxBytes) {
        long megabytes = maxBytes / (1024 * 1024);
        String size = megabytes >= 1 ? text("upload.megabytes", megabytes) : text("upload.kilobytes", maxBytes / 1024);
        return text("upload.tooLarge", fileName, size);
    }

    private static String text(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
