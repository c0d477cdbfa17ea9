package app.rapport.inbox;

import java.util.Map;

/** My unread items per kind, read from the counters (schema InboxCounts). */
public record InboxCounts(int total, int conversation, int connectionRequest, int introductionAsBroker,
                          int introductionAsTarget, int outcome) {

    static InboxCounts of(Map<InboxKind, Integer> byKind) {
        int c = byKind.getOrDefault(InboxKind.CONVERSATION, 0);
        int r = byKind.getOrDefault(InboxKind.CONNECTION_REQUEST, 0);
        int b = byKind.getOrDefault(InboxKind.INTRODUCTION_AS_BROKER, 0);
        int t = byKind.getOrDefault(InboxKind.INTRODUCTION_AS_TARGET, 0);
        int o = byKind.getOrDefault(InboxKind.OUTCOME, 0);
        return new InboxCounts(c + r + b + t + o, c, r, b, t, o);
    }
}
