// The report as a whole in the extension's language: its verdict and its identity (src/export/words.ts).
import { t, uiLang } from '../i18n';
import { wordsOf } from '../export/words';

export const { verdictText, templateText, identityText } = wordsOf(t, uiLang);
