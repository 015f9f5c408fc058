package org.supplierportal.quality.ui;

/** A file as it arrived from the browser: its name and its content, not yet checked or attached. */
record UploadedFile(String name, byte[] content) {
}
