package app.rapport.posts;

/** What a career-update post announces (schema CareerUpdate). */
public record CareerUpdate(Post.CareerChange change, String title, String company, String summary) {

    static CareerUpdate of(Post p) {
        if (p.careerChange == null) {
            return null;
        }
        String summary = switch (p.careerChange) {
            case PROMOTION -> "was promoted to " + p.careerTitle + (p.careerCompany == null ? "" : " at " + p.careerCompany);
            case NEW_POSITION -> "started a new position" + (p.careerTitle == null ? "" : " as " + p.careerTitle)
                                 + (p.careerCompany == null ? "" : " at " + p.careerCompany);
        };
        return new CareerUpdate(p.careerChange, p.careerTitle, p.careerCompany, summary);
    }
}
