// browser.i18n for unit tests of extension modules: messages from the real locale files, substitutions as the browser does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../src/export/words';

/** browser.i18n.getMessage over the real locale file */
export function getMessageOf(locale: 'zh_CN' | 'en' = 'zh_CN') {
  const file = join(__dirname, '../../assets/public/_locales', locale, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key: string, subs: string[] = []) =>
    (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** a translator for the platform-neutral output code (src/export/words.ts) */
export function translatorOf(locale: 'zh_CN' | 'en' = 'zh_CN'): Translate {
  const getMessage = getMessageOf(locale);
  return (key, ...subs) => getMessage(key, subs.map(String));
}

export function fakeBrowser(locale: 'zh_CN' | 'en' = 'zh_CN') {
  const getMessage = getMessageOf(locale);
  return { default: { i18n: { getMessage, getUILanguage: () => locale.replace('_', '-') } } };
}
