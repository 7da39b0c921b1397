// UI strings through the platform's i18n (assets/public/_locales): the browser picks zh_CN or en by its language.
import browser from 'webextension-polyfill';
import type { Lang } from './model/types';
import type { MessageKey, Translate } from './export/words';

export type { MessageKey };

export const t: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs.map(String));

/** the checker's language: the locale the browser chose for the extension */
export const uiLang = (): Lang => (t('lang') === 'en' ? 'en' : 'zh');
