// How a saved report of an older schema version becomes the current one. The database's upgrade and the
// import of an old backup both go through these steps, so an old record reads the same wherever it comes from.

type Loose = Record<string, unknown>;

/** step n turns a version-n record into a version-(n+1) record */
const STEPS: Record<number, (r: Loose) => Loose> = {
  // version 2 records when the note or an annotation last changed; until then, that was the save
  1: (r) => ({ ...r, schemaVersion: 2, updatedAt: r.savedAt }),
};

export function upgradeRecord(r: Loose, from: number): Loose {
  let out = r;
  for (let v = from; STEPS[v]; v++) out = STEPS[v](out);
  return out;
}
