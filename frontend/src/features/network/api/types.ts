import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type NetworkMember = Schemas['NetworkMemberResponse'];
export type MemberSummary = Schemas['ProfileSummary'];
export type Suggestion = Schemas['SuggestionResponse'];
export type InvitationPolicy = Schemas['InvitationPolicy'];
export type NoteVerdict = Schemas['NoteVerdict'];
export type NoteScore = Schemas['NoteScoreResponse'];
export type ScoreReason = Schemas['ScoreReasonResponse'];
export type ScoreEvidence = Schemas['ScoreEvidence'];
export type ReceivedInvitation = Schemas['ReceivedInvitationResponse'];
export type SentInvitation = Schemas['SentInvitationResponse'];
export type SentInvitationStatus = Schemas['SentInvitationStatus'];
export type InvitationSettings = Schemas['InvitationSettingsResponse'];
export type ConnectionState = Schemas['ConnectionState'];
export type Degree = Schemas['Degree'];
export type NetworkVisibility = Schemas['NetworkVisibility'];
export type PrivacySettings = Schemas['PrivacySettingsResponse'];

/** What the profile page knows about a member that the relationship actions need. */
export type ProfileRelation = Pick<
  Schemas['ProfileResponse'],
  | 'id'
  | 'handle'
  | 'displayName'
  | 'headline'
  | 'currentTitle'
  | 'currentCompany'
  | 'following'
  | 'connectionState'
  | 'pendingInvitationId'
  | 'invitationPolicy'
  | 'canInviteAgainAt'
  | 'inviteCoolDownDays'
  | 'mutualConnectionCount'
  | 'mutualConnections'
>;
