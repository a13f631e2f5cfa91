package dev.seamless.notification.redirect;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An SA's request to redirect a customer contact to support; the SA is the caller, never a field.
 *
 * @param note an optional personal note, shown as written (escaped in the HTML part)
 */
public record RedirectRequest(
        @NotBlank @Size(max = 128) String accountId,
        @NotBlank @Email @Size(max = 320) String contactEmail,
        @Size(max = 255) String contactName,
        @Size(max = 4000) String note) {
}
