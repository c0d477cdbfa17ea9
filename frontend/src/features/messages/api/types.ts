import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Conversation = Schemas['ConversationResponse'];
export type Message = Schemas['MessageResponse'];
