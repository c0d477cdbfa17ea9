import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Relationship = Schemas['RelationshipResponse'];
export type RelationshipSort = Schemas['RelationshipSort'];
export type RelationshipSummary = Schemas['RelationshipSummary'];
export type RelationshipStrength = Schemas['RelationshipStrength'];
export type LastInteraction = Schemas['LastInteraction'];
export type Contact = Schemas['ContactResponse'];
export type ContactIntroduction = Schemas['IntroductionResponse'];
