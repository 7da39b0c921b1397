// A note that saves when the field is left; if the save fails the text stays in the field, so nothing typed is lost.
import { useEffect, useState } from 'preact/hooks';

export function NoteField({ label, value, rows = 2, onSave }: { label: string; value: string; rows?: number; onSave(v: string): Promise<boolean> }) {
  const [draft, setDraft] = useState(value);
  const [failed, setFailed] = useState(false);
  useEffect(() => { if (!failed) setDraft(value); }, [value]);
  const save = async () => {
    if (draft === value && !failed) return;
    setFailed(!(await onSave(draft)));
  };
  return (
    <label class={`note ${failed ? 'unsaved' : ''}`}>
      <span>{label}</span>
      <textarea rows={rows} value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} onBlur={() => void save()} />
    </label>
  );
}
