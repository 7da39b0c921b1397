// UI strings through the platform's i18n (assets/public/_locales): the browser picks zh_CN or en by its language.
import browser from 'webextension-polyfill';
import type en from '../assets/public/_locales/en/messages.json';
import type { Lang } from './model/types';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return browser.i18n.getMessage(key, subs.map(String));
}

/** the checker's language: the locale the browser chose for the extension */
export const uiLang = (): Lang => (t('lang') === 'en' ? 'en' : 'zh');
