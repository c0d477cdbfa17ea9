/** Query keys of the tags feature: a change to a tag invalidates `all` (lists, counts, members). */
export const tagKeys = {
  all: ['tags'] as const,
  list: () => ['tags', 'list'] as const,
  forMember: (memberId: number) => ['tags', 'member', memberId] as const,
  members: (tagId: number) => ['tags', 'members', tagId] as const,
  views: () => ['tags', 'views'] as const,
  memberSearch: (q: string) => ['tags', 'member-search', q] as const,
};
