// The tooltips a frame's auditor draws over the cells: rendered here, from the rule catalogue in the reader's
// language, so that no text in two languages is injected into pages.
import type { AuditResult } from '../model/types';
import type { NotesReply } from '../messaging/protocol';
import { renderFinding } from '../rules';
import { noteText } from '../ui/finding-text';
import { uiLang } from '../i18n';

export function notesFor(result: AuditResult): NotesReply {
  const lang = uiLang();
  return { notes: result.findings.map((f) => noteText(renderFinding(f, lang))) };
}
