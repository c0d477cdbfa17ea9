import type { components } from '@/api/schema';

type Me = components['schemas']['MeResponse'];
type Profile = components['schemas']['ProfileResponse'];
type ProfileSummary = components['schemas']['ProfileSummary'];
type Position = components['schemas']['PositionResponse'];

export function aPosition(overrides: Partial<Position> = {}): Position {
  return {
    id: 11,
    title: 'Staff Engineer',
    company: 'Northwind',
    startDate: '2021-03-01',
    endDate: null,
    description: 'Payments platform.',
    current: true,
    ...overrides,
  };
}

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 1,
    email: 'ada@example.com',
    handle: 'ada',
    displayName: 'Ada Lovelace',
    headline: 'Engineer who likes engines',
    location: 'London, UK',
    about: 'I write programs.',
    currentTitle: 'Staff Engineer',
    currentCompany: 'Northwind',
    positions: [aPosition()],
    connectionCount: 2988,
    followerCount: 512,
    followingCount: 40,
    pendingInvitationCount: 0,
    createdAt: '2024-01-01T00:00:00Z',
    ...overrides,
  };
}

export function aProfile(overrides: Partial<Profile> = {}): Profile {
  const { email: _email, createdAt: _createdAt, pendingInvitationCount: _pending, ...profile } = aMe();
  return {
    ...profile,
    degree: 'SELF',
    mutualConnectionCount: 0,
    mutualConnections: [],
    following: false,
    followsMe: false,
    connectionState: 'SELF',
    pendingInvitationId: null,
    invitationPolicy: 'NOTE_REQUIRED',
    canInviteAgainAt: null,
    inviteCoolDownDays: 21,
    networkVisibility: 'CONNECTIONS',
    networkListsVisible: true,
    ...overrides,
  };
}

type NetworkMember = components['schemas']['NetworkMemberResponse'];

/** A person of a network list, with your relation to them (none by default). */
export function aNetworkMember(overrides: Partial<ProfileSummary> = {}, relation: Partial<Omit<NetworkMember, 'member'>> = {}): NetworkMember {
  return {
    member: aSummary(overrides),
    following: false,
    followsMe: false,
    connected: false,
    since: '2026-11-20T10:00:00Z',
    ...relation,
  };
}

export function aSummary(overrides: Partial<ProfileSummary> = {}): ProfileSummary {
  return {
    id: 2,
    handle: 'grace',
    displayName: 'Grace Hopper',
    headline: 'Compilers',
    currentTitle: 'Rear Admiral',
    currentCompany: 'US Navy',
    location: 'Arlington, VA',
    ...overrides,
  };
}

type Post = components['schemas']['PostResponse'];
type Tag = components['schemas']['TagResponse'];
type TagView = components['schemas']['TagViewResponse'];

export function aPost(overrides: Partial<Post> = {}): Post {
  return {
    id: 100,
    kind: 'POST',
    author: aSummary(),
    text: 'Compilers make programming humane.',
    linkUrl: null,
    visibility: 'PUBLIC',
    likeCount: 0,
    commentCount: 0,
    reshareCount: 0,
    likedByMe: false,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    editedAt: null,
    editableUntil: null,
    ...overrides,
  };
}

export function aTag(overrides: Partial<Tag> = {}): Tag {
  return { id: 7, name: 'clients', memberCount: 2, createdAt: '2024-05-01T00:00:00Z', ...overrides };
}

export function aTagView(overrides: Partial<TagView> = {}): TagView {
  return { id: 9, name: 'Pipeline', mode: 'ANY', tagIds: [7], excludedTagIds: [], createdAt: '2024-05-02T00:00:00Z', ...overrides };
}

type InboxItem = components['schemas']['InboxItem'];
type InboxCounts = components['schemas']['InboxCounts'];
type Conversation = components['schemas']['ConversationResponse'];
type Message = components['schemas']['MessageResponse'];
type Introduction = components['schemas']['IntroductionResponse'];
type Relationship = components['schemas']['RelationshipResponse'];
type Contact = components['schemas']['ContactResponse'];
type Note = components['schemas']['NoteResponse'];

export function anInboxItem(overrides: Partial<InboxItem> = {}): InboxItem {
  return {
    id: 500,
    kind: 'CONVERSATION',
    referenceId: 40,
    actor: aSummary(),
    preview: 'Are you free on Thursday?',
    unread: true,
    unreadCount: 1,
    lastActivityAt: new Date(Date.now() - 3 * 60_000).toISOString(),
    ...overrides,
  };
}

export function someCounts(overrides: Partial<InboxCounts> = {}): InboxCounts {
  const counts = { conversation: 0, connectionRequest: 0, introductionAsBroker: 0, introductionAsTarget: 0, outcome: 0, ...overrides };
  return {
    total: counts.conversation + counts.connectionRequest + counts.introductionAsBroker + counts.introductionAsTarget + counts.outcome,
    ...counts,
    ...(overrides.total !== undefined ? { total: overrides.total } : {}),
  };
}

export function aConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: 40,
    member: aSummary(),
    openedBy: 'CONNECTION',
    canWrite: true,
    unreadCount: 0,
    readUpToMessageId: null,
    lastActivityAt: '2025-03-05T10:00:00Z',
    createdAt: '2025-03-01T10:00:00Z',
    ...overrides,
  };
}

export function aMessage(id: number, overrides: Partial<Message> = {}): Message {
  return {
    id,
    conversationId: 40,
    kind: 'MESSAGE',
    senderId: 2,
    mine: false,
    text: `Message ${id}`,
    createdAt: new Date(Date.now() - (1000 - id) * 60_000).toISOString(),
    ...overrides,
  };
}

export function anIntroduction(overrides: Partial<Introduction> = {}): Introduction {
  return {
    id: 70,
    role: 'BROKER',
    status: 'REQUESTED',
    declinedByYou: false,
    requester: aSummary({ id: 3, handle: 'alan', displayName: 'Alan Turing', headline: 'Codebreaker' }),
    broker: aSummary({ id: 1, handle: 'ada', displayName: 'Ada Lovelace', headline: 'Engines' }),
    target: aSummary({ id: 2, handle: 'grace', displayName: 'Grace Hopper' }),
    message: 'I would love to ask Grace about compilers.',
    followOnly: false,
    statusText: 'Waiting for you.',
    createdAt: '2025-03-05T10:00:00Z',
    ...overrides,
  };
}

export function aRelationship(id: number, name: string, overrides: Partial<Relationship> = {}): Relationship {
  return {
    member: aSummary({ id, handle: name.toLowerCase().replace(' ', '_'), displayName: name }),
    connectedSince: '2019-05-01T00:00:00Z',
    howWeMet: { kind: 'INVITED_ME', text: `${name} invited you with a note` },
    interactions: { fromMe: 0, toMe: 0, notes: 0 },
    tags: [],
    strength: {
      score: 12,
      level: 'WEAK',
      reasons: [{ code: 'NO_INTERACTION', explanation: 'You have never interacted.', points: -20 }],
    },
    ...overrides,
  };
}

export function aContact(overrides: Partial<Contact> = {}): Contact {
  return {
    member: aSummary(),
    connected: true,
    following: true,
    followsMe: true,
    connectedSince: '2021-06-01T00:00:00Z',
    howWeMet: { kind: 'INTRODUCED', text: 'Introduced by Ada Lovelace' },
    lastInteraction: { kind: 'MESSAGE_RECEIVED', at: '2024-01-10T00:00:00Z' },
    strength: {
      score: 71,
      level: 'STRONG',
      reasons: [{ code: 'BOTH_DIRECTIONS', explanation: 'You both write to each other.', points: 20 }],
    },
    tags: [{ id: 7, name: 'clients' }],
    noteCount: 0,
    notes: [],
    introductions: [],
    ...overrides,
  };
}

export function aNote(id: number, overrides: Partial<Note> = {}): Note {
  return {
    id,
    memberId: 2,
    text: `Note ${id}`,
    date: '2025-02-01',
    createdAt: '2025-02-01T10:00:00Z',
    updatedAt: '2025-02-01T10:00:00Z',
    ...overrides,
  };
}
