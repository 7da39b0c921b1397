// Where audit output goes, by format. jsonl and csv are written as each input is done; json and table are
// written at the end, because a later input can still add cross-year findings to an earlier object: until then
// the objects wait on disk (a Spool), not in memory.
import type { AuditResult, Lang, ReportModel, Verdict } from '../model/types';
import { ExitTally } from './exit';
import { csvCrossYear, csvHeader, csvObject } from './format-csv';
import { JSON_CLOSE, JSON_EMPTY, JSON_OPEN, jsonElement } from './format-json';
import { jsonLine } from './format-jsonl';
import { tableWriter } from './format-table';
import type { CrossYearObject, InputObject, Out } from './output';
import { Spool } from './spool';
import { Summary } from './summary';

/** what the run found, counted on each object in its final form */
export interface Totals {
  exit: ExitTally;
  summary: Summary;
}

export interface Sink {
  /** objects are written as they arrive, and cannot change afterwards (cross-year findings come as late objects) */
  readonly streaming: boolean;
  put(index: number, object: InputObject): Promise<void>;
  /** ordered formats: change a report's object, not yet written */
  update(index: number, change: (object: AuditResult) => AuditResult): void;
  /** streaming formats: cross-year findings for a report written already with `verdict`, to follow at the end */
  late(object: CrossYearObject, later: ReportModel, verdict: Verdict): Promise<void>;
  end(): Promise<void>;
}

class StreamingSink implements Sink {
  readonly streaming = true;
  private started = false;
  private readonly trailing: string[] = [];

  constructor(private readonly out: Out, private readonly totals: Totals, private readonly csv: boolean) {}

  async put(_index: number, object: InputObject): Promise<void> {
    this.count(object);
    await this.write(this.csv ? csvObject(object) : jsonLine(object));
  }

  update(): void {
    throw new Error('a streamed object cannot change');
  }

  async late(object: CrossYearObject, later: ReportModel, verdict: Verdict): Promise<void> {
    this.totals.exit.add(object);
    this.totals.summary.addLate(verdict, object.findings);
    this.trailing.push(this.csv ? csvCrossYear(object, later) : jsonLine(object));
  }

  /** the cross-year objects follow at the end (they are small: a few findings each) */
  async end(): Promise<void> {
    await this.write(this.trailing.join(''));
  }

  private count(object: InputObject) {
    this.totals.exit.add(object);
    this.totals.summary.add(object);
  }

  /** the csv header goes first, even when there is nothing else */
  private async write(text: string): Promise<void> {
    if (this.csv && !this.started) text = csvHeader() + text;
    this.started = true;
    if (text) await this.out.write(text);
  }
}

class OrderedSink implements Sink {
  readonly streaming = false;
  private readonly spool = new Spool();

  constructor(private readonly out: Out, private readonly totals: Totals, private readonly format: (objects: Iterable<InputObject>) => AsyncIterable<string>) {}

  async put(index: number, object: InputObject): Promise<void> {
    this.spool.put(index, JSON.stringify(object));
  }

  update(index: number, change: (object: AuditResult) => AuditResult): void {
    this.spool.put(index, JSON.stringify(change(JSON.parse(this.spool.get(index)) as AuditResult)));
  }

  late(): Promise<void> {
    throw new Error('an ordered format updates objects instead');
  }

  async end(): Promise<void> {
    const spool = this.spool;
    const totals = this.totals;
    function* objects(): Iterable<InputObject> {
      for (let i = 0; i < spool.count; i++) {
        const object = JSON.parse(spool.get(i)) as InputObject;
        totals.exit.add(object);
        totals.summary.add(object);
        yield object;
      }
    }
    try {
      for await (const text of this.format(objects())) await this.out.write(text);
    } finally {
      spool.close();
    }
  }
}

async function* jsonText(objects: Iterable<InputObject>): AsyncIterable<string> {
  let first = true;
  for (const object of objects) {
    yield (first ? JSON_OPEN : '') + jsonElement(object, first);
    first = false;
  }
  yield first ? JSON_EMPTY : JSON_CLOSE;
}

const tableText = (opts: { lang: Lang; color: boolean }) => async function* (objects: Iterable<InputObject>): AsyncIterable<string> {
  const table = tableWriter(opts);
  for (const object of objects) yield table.block(object);
  yield table.end();
};

export function createSink(format: 'table' | 'json' | 'jsonl' | 'csv', out: Out, totals: Totals, opts: { lang: Lang; color: boolean }): Sink {
  switch (format) {
    case 'jsonl': return new StreamingSink(out, totals, false);
    case 'csv': return new StreamingSink(out, totals, true);
    case 'json': return new OrderedSink(out, totals, jsonText);
    case 'table': return new OrderedSink(out, totals, tableText(opts));
  }
}
