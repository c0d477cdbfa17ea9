import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Notification = Schemas['NotificationResponse'];
export type NotificationKind = Schemas['NotificationKind'];
export type NotificationSettings = Schemas['NotificationSettingsResponse'];
export type UpdateNotificationSettings = Schemas['UpdateNotificationSettingsRequest'];
