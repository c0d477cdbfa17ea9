package app.rapport.onboarding;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A new member's guided start: how complete the profile is, what to do next, and whom to follow. */
@ApplicationScoped
public class OnboardingService {

    /** Members a new member should follow before the feed has something to show. */
    static final int FOLLOW_GOAL = 3;

    /** Headline words too common to say anything about someone's field. */
    private static final Set<String> STOP_WORDS = Set.of("and", "the", "for", "with", "from", "our", "you", "your",
            "are", "was", "who", "not", "but", "all", "any", "can", "has", "have", "into", "about", "over", "that",
            "this", "senior", "junior", "former", "helping", "building", "passionate", "lead", "head", "team",
            "teams", "based", "work", "working", "people", "new", "things", "small", "large", "big", "great", "good", "best",
            "first", "early", "future", "world", "across", "everyone");

    private static final int MAX_WORDS = 8;

    private final OnboardingRepository repository;

    public OnboardingService(OnboardingRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public OnboardingResponse progress(long me) {
        Object[] p = repository.profileState(me);
        long following = ((Number) p[5]).longValue();
        List<OnboardingStepResponse> steps = List.of(
                new OnboardingStepResponse(OnboardingStep.HEADLINE, p[0] != null,
                        "Write a headline: what you do, in a line", 25),
                new OnboardingStepResponse(OnboardingStep.POSITION, p[3] != null && p[4] != null,
                        "Add your current position (title and company)", 25),
                new OnboardingStepResponse(OnboardingStep.LOCATION, p[1] != null, "Say where you are based", 15),
                new OnboardingStepResponse(OnboardingStep.ABOUT, p[2] != null, "Tell people about yourself", 10),
                new OnboardingStepResponse(OnboardingStep.FOLLOW_PEOPLE, following >= FOLLOW_GOAL,
                        "Follow at least " + FOLLOW_GOAL + " people to fill your feed", 25));
        int strength = steps.stream().filter(OnboardingStepResponse::done).mapToInt(OnboardingStepResponse::weight).sum();
        OnboardingStep next = steps.stream().filter(s -> !s.done()).map(OnboardingStepResponse::step).findFirst()
                .orElse(null);
        return new OnboardingResponse(strength, next, steps, following);
    }

    @Transactional
    public Page<FollowSuggestionResponse> suggestions(long me, PageRequest page) {
        Long afterScore = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterScore = Cursor.decodeLong(parts.get(0));
            afterId = Cursor.decodeLong(parts.get(1));
        }
        Object[] p = repository.profileState(me);
        String headline = (String) p[0];
        String location = (String) p[1];
        String city = location == null ? null : location.split(",")[0].strip();
        List<String> words = words(repository.matchKey(headline));
        OnboardingRepository.Signals signals = new OnboardingRepository.Signals(
                repository.matchKey((String) p[4]), city == null || city.isEmpty() ? null : repository.matchKey(city),
                words);
        List<Object[]> rows = repository.suggestions(me, signals, afterScore, afterId, page.limit() + 1);
        List<Suggestion> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Suggestion(toResponse(r, city, words), ((Number) r[11]).longValue()));
        }
        return Page.fromOverfetch(out, page.limit(), s -> Cursor.encode(s.score(), s.response().member().id()))
                .map(Suggestion::response);
    }

    private record Suggestion(FollowSuggestionResponse response, long score) {
    }

    private static FollowSuggestionResponse toResponse(Object[] r, String myCity, List<String> myWords) {
        ProfileSummary member = ProfileSummary.fromRow(r, 0);
        long followers = ((Number) r[7]).longValue();
        long mutuals = ((Number) r[8]).longValue();
        List<SuggestionReason> reasons = new ArrayList<>();
        if ((Boolean) r[9]) {
            reasons.add(new SuggestionReason(SuggestionReasonKind.SAME_COMPANY, "Works at " + member.currentCompany()));
        }
        if ((Boolean) r[10]) {
            reasons.add(new SuggestionReason(SuggestionReasonKind.SAME_LOCATION, "Also in " + myCity));
        }
        if (mutuals > 0) {
            reasons.add(new SuggestionReason(SuggestionReasonKind.MUTUAL_CONNECTIONS,
                    mutuals == 1 ? "1 mutual connection" : "%,d mutual connections".formatted(mutuals)));
        }
        List<String> shared = words(fold(member.headline())).stream().filter(myWords::contains).toList();
        if (!shared.isEmpty() && followers >= 10) {
            reasons.add(new SuggestionReason(SuggestionReasonKind.POPULAR_IN_FIELD,
                    "Popular in " + shared.get(0) + ": " + followerText(followers)));
        } else if (!shared.isEmpty()) {
            reasons.add(new SuggestionReason(SuggestionReasonKind.SHARED_HEADLINE_WORDS,
                    "Also mentions " + String.join(", ", shared.subList(0, Math.min(3, shared.size())))));
        }
        if (reasons.isEmpty()) {
            reasons.add(new SuggestionReason(SuggestionReasonKind.POPULAR, "Followed by " + followerText(followers)));
        }
        return new FollowSuggestionResponse(member, followers, mutuals, reasons);
    }

    private static String followerText(long followers) {
        return followers == 1 ? "1 member" : "%,d members".formatted(followers);
    }

    /** The distinct meaningful words of a folded text, in order, at most eight. */
    static List<String> words(String folded) {
        if (folded == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : folded.split(" ")) {
            if (w.length() >= 3 && !STOP_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
            if (out.size() == MAX_WORDS) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** Java's version of the database's match_key: lower case, no accents, only letters and digits. */
    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Arrays.stream(plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    }
}
