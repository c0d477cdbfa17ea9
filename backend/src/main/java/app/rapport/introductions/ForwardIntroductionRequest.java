package app.rapport.introductions;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The broker's note to the target, and whether the requester's message goes along (schema ForwardIntroductionRequest). */
public record ForwardIntroductionRequest(@NotBlank @Size(max = 1000) @Visible String note, Boolean includeMessage) {
}
