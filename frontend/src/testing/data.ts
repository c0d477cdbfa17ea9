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
    ...overrides,
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
