package app.rapport.introductions;

/** One reason in plain words (schema IntroducerReasonResponse). */
public record IntroducerReasonResponse(IntroducerReason code, String explanation, boolean negative) {
}
