package app.rapport.posts;

import app.rapport.profiles.CareerChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Turns announced career changes into career-update posts, in the same transaction. */
@ApplicationScoped
public class CareerUpdates {

    private final PostService posts;

    public CareerUpdates(PostService posts) {
        this.posts = posts;
    }

    void onCareerChanged(@Observes CareerChanged change) {
        posts.publishCareerUpdate(change.memberId(),
                change.promotion() ? Post.CareerChange.PROMOTION : Post.CareerChange.NEW_POSITION,
                change.title(), change.company());
    }
}
