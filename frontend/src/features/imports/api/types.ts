import type { components } from '@/api/schema';

export type NetworkImport = components['schemas']['NetworkImportResponse'];
export type ImportRow = components['schemas']['NetworkImportRowResponse'];
export type ImportRowStatus = components['schemas']['ImportRowStatus'];
export type FollowImportedResult = components['schemas']['FollowImportedMembersResult'];
