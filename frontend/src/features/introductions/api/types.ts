import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type IntroducerList = Schemas['IntroducerList'];
export type Introducer = Schemas['IntroducerResponse'];
export type Introduction = Schemas['IntroductionResponse'];
export type IntroductionRole = Schemas['IntroductionRole'];
