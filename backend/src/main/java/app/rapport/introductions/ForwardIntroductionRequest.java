package app.rapport.introductions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The broker's note to the target, and whether the requester's message goes along (schema ForwardIntroductionRequest). */
public record ForwardIntroductionRequest(@NotBlank @Size(max = 1000) String note, Boolean includeMessage) {
}
