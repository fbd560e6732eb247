package org.openmla.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * A reference to a document that accompanies a request. The library never holds the document's content.
 *
 * @param title the document's title (may name persons: redacted in {@code toString})
 * @param kind what kind of document it is
 * @param checksum a checksum of the document, to tie the reference to one file
 */
public record Attachment(
        @NotBlank @Size(max = 500) String title,
        @NotNull AttachmentKind kind,
        @NotNull Optional<@Valid Checksum> checksum) {

    /** @throws org.openmla.core.InvalidValueException if a field is null, blank or too long */
    public Attachment {
        Checks.text(title, "Attachment.title", 500);
        Checks.required(kind, "Attachment.kind");
        Checks.optional(checksum, "Attachment.checksum");
    }

    /** @return an attachment without a checksum */
    public static Attachment of(String title, AttachmentKind kind) {
        return new Attachment(title, kind, Optional.empty());
    }

    @Override
    public String toString() {
        return "Attachment[title=" + Checks.redacted(title) + ", kind=" + kind + ", checksum="
                + checksum.map(c -> c.algorithm()).orElse("<absent>") + "]";
    }
}
