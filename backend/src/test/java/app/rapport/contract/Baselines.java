package app.rapport.contract;

import app.rapport.contract.Fixture.Role;
import app.rapport.support.ContractModel;
import app.rapport.support.TestMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One valid call for every operation of openapi.yaml: the body comes from the operation's
 * schema (required fields, valid values), the entry below adds what must exist (a post of
 * mine, a pending request I received...) from a {@link Fixture}. Every suite in this package
 * starts from these calls, and fails for an operation that has no entry here: a new operation
 * is one line, e.g. {@code op("getPost", f -> f.start("getPost").path("postId", f.post()));}.
 */
public final class Baselines {

    private static final Map<String, Function<Fixture, Call>> TABLE = new LinkedHashMap<>();

    private static void op(String operationId, Function<Fixture, Call> baseline) {
        TABLE.put(operationId, f -> {
            Call c = baseline.apply(f);
            if (!c.op.operationId().equals(operationId)) {
                throw new IllegalStateException("entry " + operationId + " built a call of " + c.op.operationId());
            }
            return c;
        });
    }

    /** An operation that needs nothing but a signed-in member (and its schema's body). */
    private static void plain(String... operationIds) {
        for (String id : operationIds) {
            op(id, f -> f.start(id));
        }
    }

    static {
        // accounts, sessions, tokens
        op("signUp", f -> anonymous(f.start("signUp")));
        op("logIn", f -> anonymous(f.start("logIn").body("email", f.me().email()).body("password", TestMember.PASSWORD)));
        plain("getMe", "updateMyProfile", "listAccessTokens", "createAccessToken", "listSessions", "endOtherSessions",
                "logOut", "exportMyData", "createEventTicket", "getInvitationSettings", "updateInvitationSettings",
                "listFollowing", "listFollowers", "listConnections", "listSuggestions", "listBlocks",
                "listReceivedInvitations", "listSentInvitations", "createPost", "getHomeFeed", "listTags", "createTag",
                "listTagViews", "listConversations", "getInboxCounts", "markInboxRead",
                "listRelationships", "getRelationshipSummary",
                "getPublicProfileSettings", "updatePublicProfileSettings", "getOnboarding", "listFollowSuggestions",
                "listNotifications", "getUnreadNotificationCount", "markAllNotificationsRead",
                "getNotificationSettings", "updateNotificationSettings", "listNetworkImports",
                "getPrivacySettings", "updatePrivacySettings");
        op("revokeAccessToken", f -> f.start("revokeAccessToken").path("tokenId", f.accessToken()));
        op("endSession", f -> f.start("endSession").path("sessionId", f.otherSession()));
        op("changePassword", f -> f.start("changePassword").body("currentPassword", TestMember.PASSWORD)
                .body("newPassword", "another-long-password"));
        op("reauthenticate", f -> f.start("reauthenticate").body("password", TestMember.PASSWORD));
        op("deleteMyAccount", f -> f.start("deleteMyAccount").body("password", TestMember.PASSWORD));
        op("streamEvents", f -> f.start("streamEvents").query("ticket", f.eventTicket()));

        // profiles and positions
        op("addPosition", f -> f.start("addPosition").body("startDate", "2020-01-01"));
        op("updatePosition", f -> f.start("updatePosition").path("positionId", f.position()).body("startDate", "2020-01-01"));
        op("deletePosition", f -> f.start("deletePosition").path("positionId", f.position()));
        op("searchProfiles", f -> f.start("searchProfiles").query("q", "Fixture"));
        op("getProfile", f -> f.start("getProfile").path("handle", f.stranger().handle()));
        op("listMutualConnections", f -> f.start("listMutualConnections").path("handle", f.secondDegree().handle()));
        op("listMemberPosts", f -> f.start("listMemberPosts").path("handle", f.friend().handle()));
        // a connection's lists: open to me by default (their connections may see them)
        op("listMemberConnections", f -> f.start("listMemberConnections").path("handle", f.friend().handle()));
        op("listMemberFollowers", f -> f.start("listMemberFollowers").path("handle", f.friend().handle()));
        op("listMemberFollowing", f -> f.start("listMemberFollowing").path("handle", f.friend().handle()));
        op("listIntroducers", f -> f.start("listIntroducers").path("handle", f.secondDegree().handle()));
        op("getContact", f -> f.start("getContact").path("memberId", f.friend().id()));
        op("getPublicProfile", f -> anonymous(f.start("getPublicProfile").path("handle", f.stranger().handle())));

        // network
        op("followMember", f -> f.start("followMember").path("memberId", f.stranger().id()));
        op("unfollowMember", f -> f.start("unfollowMember").path("memberId", f.followed().id()));
        op("removeConnection", f -> f.start("removeConnection").path("memberId", f.friend().id()));
        op("blockMember", f -> f.start("blockMember").path("memberId", f.stranger().id()));
        op("unblockMember", f -> f.start("unblockMember").path("memberId", f.blocked().id()));
        op("makeConnectionsFollowers", f -> f.start("makeConnectionsFollowers").body("memberIds", List.of(f.friend().id())));
        op("removeConnections", f -> f.start("removeConnections").body("memberIds", List.of(f.friend().id())));
        op("keepConnections", f -> f.start("keepConnections").body("memberIds", List.of(f.friend().id())));
        op("unkeepConnections", f -> f.start("unkeepConnections").body("memberIds", List.of(f.keptFriend().id())));

        // network imports
        op("importNetwork", f -> f.start("importNetwork").query("fileName", "Connections.csv")
                .text("text/csv", f.connectionsCsv()));
        op("getNetworkImport", f -> f.start("getNetworkImport").path("importId", f.networkImport()));
        op("deleteNetworkImport", f -> f.start("deleteNetworkImport").path("importId", f.networkImport()));
        op("listNetworkImportRows", f -> f.start("listNetworkImportRows").path("importId", f.networkImport()));
        op("dismissImportMatch", f -> f.start("dismissImportMatch").path("importId", f.networkImport())
                .path("rowId", f.importMatch()));
        op("followImportedMembers", f -> f.start("followImportedMembers").path("importId", f.networkImport())
                .body("rowIds", List.of(f.importMatch())));

        // notifications
        op("markNotificationRead", f -> f.start("markNotificationRead").path("notificationId", f.notification()));

        // invitations
        op("sendInvitation", f -> f.start("sendInvitation").body("recipientId", f.stranger().id()).body("note", f.personalNote()));
        op("previewInvitation", f -> f.start("previewInvitation").body("recipientId", f.stranger().id()).body("note", f.personalNote()));
        op("acceptInvitation", f -> f.start("acceptInvitation").path("invitationId", f.receivedInvitation()));
        op("makeFollower", f -> f.start("makeFollower").path("invitationId", f.receivedInvitation()));
        op("withdrawInvitation", f -> f.start("withdrawInvitation").path("invitationId", f.sentInvitation()));
        op("replyToInvitation", f -> f.start("replyToInvitation").path("invitationId", f.receivedInvitation()));

        // posts and feeds
        op("getPost", f -> f.start("getPost").path("postId", f.post()));
        op("updatePost", f -> f.start("updatePost").path("postId", f.post()));
        op("deletePost", f -> f.start("deletePost").path("postId", f.post()));
        op("likePost", f -> f.start("likePost").path("postId", f.post()));
        op("unlikePost", f -> f.start("unlikePost").path("postId", f.post()));
        op("resharePost", f -> f.start("resharePost").path("postId", f.friendsPublicPost()));
        op("listComments", f -> f.start("listComments").path("postId", f.post()));
        op("addComment", f -> f.start("addComment").path("postId", f.post()));
        op("deleteComment", f -> f.start("deleteComment").path("postId", f.post()).path("commentId", f.comment()));
        op("getTagFeed", f -> f.start("getTagFeed").query("tagId", f.tag()));

        // tags and views
        op("renameTag", f -> f.start("renameTag").path("tagId", f.tag()));
        op("deleteTag", f -> f.start("deleteTag").path("tagId", f.tag()));
        op("listTaggedMembers", f -> f.start("listTaggedMembers").path("tagId", f.tag()));
        op("addTaggedMembers", f -> f.start("addTaggedMembers").path("tagId", f.tag()).body("memberIds", List.of(f.followed().id())));
        op("removeTaggedMembers", f -> f.start("removeTaggedMembers").path("tagId", f.tag()).body("memberIds", List.of(f.friend().id())));
        op("addTaggedMember", f -> f.start("addTaggedMember").path("tagId", f.tag()).path("memberId", f.followed().id()));
        op("removeTaggedMember", f -> f.start("removeTaggedMember").path("tagId", f.tag()).path("memberId", f.friend().id()));
        op("createTagView", f -> f.start("createTagView").body("tagIds", List.of(f.tag())));
        op("getTagView", f -> f.start("getTagView").path("viewId", f.view()));
        op("updateTagView", f -> f.start("updateTagView").path("viewId", f.view()).body("tagIds", List.of(f.tag())));
        op("deleteTagView", f -> f.start("deleteTagView").path("viewId", f.view()));

        // conversations, notes, search, inbox
        op("startConversation", f -> f.start("startConversation").body("recipientId", f.friend().id()));
        op("getConversation", f -> f.start("getConversation").path("conversationId", f.conversation()));
        op("listMessages", f -> f.start("listMessages").path("conversationId", f.conversation()));
        op("sendMessage", f -> f.start("sendMessage").path("conversationId", f.conversation()));
        op("markConversationRead", f -> f.start("markConversationRead").path("conversationId", f.conversation())
                .body("upToMessageId", f.lastMessage()));
        op("listNotes", f -> f.start("listNotes").path("memberId", f.friend().id()));
        op("createNote", f -> f.start("createNote").path("memberId", f.friend().id()));
        op("updateNote", f -> f.start("updateNote").path("noteId", f.note()).body("text", "Changed note"));
        op("deleteNote", f -> f.start("deleteNote").path("noteId", f.note()));
        op("searchNotesAndMessages", f -> f.start("searchNotesAndMessages").query("q", "fixture"));
        op("listInbox", f -> f.start("listInbox"));
        op("markInboxItemRead", f -> f.start("markInboxItemRead").path("itemId", f.inboxItem()));

        // introductions
        op("listIntroductions", f -> f.start("listIntroductions").query("role", "REQUESTER"));
        op("requestIntroduction", f -> f.start("requestIntroduction").body("brokerId", f.friend().id())
                .body("targetId", f.secondDegree().id()));
        op("getIntroduction", f -> f.start("getIntroduction").path("introductionId", f.introduction(Role.REQUESTER)));
        op("forwardIntroduction", f -> f.start("forwardIntroduction").path("introductionId", f.introduction(Role.BROKER)));
        op("declineIntroduction", f -> f.start("declineIntroduction").path("introductionId", f.introduction(Role.BROKER)));
        op("acceptIntroduction", f -> f.start("acceptIntroduction").path("introductionId", f.introduction(Role.TARGET)));
        op("withdrawIntroduction", f -> f.start("withdrawIntroduction").path("introductionId", f.introduction(Role.REQUESTER)));
    }

    private Baselines() {
    }

    private static Call anonymous(Call c) {
        c.as = null;
        return c;
    }

    /** A fresh valid call of the operation, on a fresh fixture. */
    static Call of(String operationId) {
        return of(operationId, new Fixture());
    }

    static Call of(String operationId, Fixture fixture) {
        Function<Fixture, Call> entry = TABLE.get(operationId);
        if (entry == null) {
            throw new IllegalStateException("no baseline for " + operationId + ": add one line to Baselines");
        }
        return entry.apply(fixture);
    }

    /** Operations of the contract without an entry here (they would slip past every suite). */
    static Set<String> missing() {
        Set<String> out = new TreeSet<>();
        ContractModel.operations().forEach(op -> {
            if (!TABLE.containsKey(op.operationId())) {
                out.add(op.operationId());
            }
        });
        return out;
    }

    /** Entries whose operation left the contract. */
    static Set<String> stale() {
        Set<String> out = new TreeSet<>(TABLE.keySet());
        ContractModel.operations().forEach(op -> out.remove(op.operationId()));
        return out;
    }
}
