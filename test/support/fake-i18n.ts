// browser.i18n for unit tests of extension modules: messages from the real locale files, substitutions as the browser does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fakeBrowser(locale: 'zh_CN' | 'en' = 'zh_CN') {
  const file = join(__dirname, '../../assets/public/_locales', locale, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  const getMessage = (key: string, subs: string[] = []) =>
    (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return { default: { i18n: { getMessage, getUILanguage: () => locale.replace('_', '-') } } };
}
