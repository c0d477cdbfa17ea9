package app.rapport.inbox;

import app.rapport.introductions.IntroductionChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns introductions into inbox items, in the same transaction: the broker is asked
 * (INTRODUCTION_AS_BROKER), then the target (INTRODUCTION_AS_TARGET); each item leaves once
 * its owner answered or the introduction ended; the requester learns each step as an OUTCOME
 * (forwarded, declined — never by whom — or introduced), and so does the broker when the
 * target accepts.
 */
@ApplicationScoped
public class IntroductionInboxObserver {

    private final InboxService inbox;

    public IntroductionInboxObserver(InboxService inbox) {
        this.inbox = inbox;
    }

    void onIntroduction(@Observes IntroductionChanged e) {
        long id = e.introductionId();
        switch (e.state()) {
            case REQUESTED -> inbox.put(entry(e.brokerId(), InboxKind.INTRODUCTION_AS_BROKER, id, e.requesterId(),
                    e.message(), null, e));
            case FORWARDED -> {
                inbox.remove(e.brokerId(), InboxKind.INTRODUCTION_AS_BROKER, InboxReference.INTRODUCTION, id);
                inbox.put(entry(e.targetId(), InboxKind.INTRODUCTION_AS_TARGET, id, e.brokerId(), e.brokerNote(), null, e));
                inbox.put(entry(e.requesterId(), InboxKind.OUTCOME, id, e.brokerId(),
                        "Introduced you; waiting for their contact's answer.", InboxOutcome.INTRODUCTION_FORWARDED, e));
            }
            case DECLINED_BY_BROKER, DECLINED_BY_TARGET -> {
                inbox.remove(e.brokerId(), InboxKind.INTRODUCTION_AS_BROKER, InboxReference.INTRODUCTION, id);
                inbox.remove(e.targetId(), InboxKind.INTRODUCTION_AS_TARGET, InboxReference.INTRODUCTION, id);
                // About the target, whoever declined: the requester is never told who.
                inbox.put(entry(e.requesterId(), InboxKind.OUTCOME, id, e.targetId(),
                        "This introduction did not happen this time.", InboxOutcome.INTRODUCTION_DECLINED, e));
            }
            case ACCEPTED -> {
                inbox.remove(e.targetId(), InboxKind.INTRODUCTION_AS_TARGET, InboxReference.INTRODUCTION, id);
                inbox.put(entry(e.requesterId(), InboxKind.OUTCOME, id, e.targetId(), "Accepted the introduction.",
                        InboxOutcome.INTRODUCED, e));
                inbox.put(entry(e.brokerId(), InboxKind.OUTCOME, id, e.targetId(), "Accepted your introduction.",
                        InboxOutcome.INTRODUCED, e));
            }
            case WITHDRAWN, CANCELLED -> {
                inbox.remove(e.brokerId(), InboxKind.INTRODUCTION_AS_BROKER, InboxReference.INTRODUCTION, id);
                inbox.remove(e.targetId(), InboxKind.INTRODUCTION_AS_TARGET, InboxReference.INTRODUCTION, id);
                inbox.remove(e.requesterId(), InboxKind.OUTCOME, InboxReference.INTRODUCTION, id);
            }
        }
    }

    private static InboxEntry entry(long member, InboxKind kind, long id, long actor, String text, InboxOutcome outcome,
                                    IntroductionChanged e) {
        return new InboxEntry(member, kind, InboxReference.INTRODUCTION, id, actor, InboxEntry.preview(text), null, null,
                outcome, 1, e.at());
    }
}
