// What a template is and what it renders: a channel-neutral message in one of the locales.
import type { NotificationKind } from '../kinds.js';

export type Locale = 'en' | 'zh-CN';
export const locales: readonly Locale[] = ['en', 'zh-CN'];
export const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

export type Severity = 'info' | 'success' | 'warning' | 'urgent' | 'critical';

/** A channel-neutral message: each channel lays it out in its own format. */
export type Message = {
  kind: NotificationKind;
  severity: Severity;
  title: string;
  summary: string;
  facts: Array<[label: string, value: string]>;
  steps: string[];
  action?: { label: string; url: string };
};

export type Vars = Record<string, string>;
type Text = Omit<Message, 'kind' | 'severity'>;
export type Template = { severity: Severity; en: (v: Vars) => Text; 'zh-CN': (v: Vars) => Text };
