package app.rapport.introductions;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Ask {@code brokerId} to introduce me to {@code targetId} (schema RequestIntroductionRequest). */
public record RequestIntroductionRequest(@NotNull Long brokerId, @NotNull Long targetId,
                                         @NotBlank @Size(max = 1000) @Visible String message) {
}
