// A finding in plain words in the extension's language (src/export/words.ts with the browser's i18n).
import { t, uiLang } from '../i18n';
import { wordsOf } from '../export/words';

export const { severityLabel, whereText, expectedActualText, whyText, noteText, notCheckedText } = wordsOf(t, uiLang);
