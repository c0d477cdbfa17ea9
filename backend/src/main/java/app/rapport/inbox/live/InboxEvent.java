package app.rapport.inbox.live;

import app.rapport.inbox.InboxCounts;
import app.rapport.inbox.InboxKind;

/**
 * {@code event: inbox}: an item of mine appeared, changed, was read or left; with my new
 * unread counts (schema InboxEvent). Item id 0 means many items changed at once.
 */
public record InboxEvent(InboxKind kind, long itemId, long referenceId, boolean removed, InboxCounts unreadCounts) {
}
