package org.supplierportal.quality;

/** A file to download, as it was checked and stored. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
