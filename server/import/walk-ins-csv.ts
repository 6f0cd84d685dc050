/**
 * Walk-in places from a CSV file (`npm run import:walk-ins -- places.csv`, columns in
 * docs/server.md and docs/walk-ins.example.csv). Every row is checked against the contract
 * (`WalkIn`) before anything is stored; one bad row refuses the whole file, with every
 * problem reported by line number and field. A good file is stored in one transaction,
 * and a row whose `id` is already known updates that place instead of adding another.
 */
import { parse } from 'csv-parse/sync';
import { WalkIn } from '../../src/contract/schema.js';
import type { Lang } from '../../src/core/i18n.js';
import { validationMessage } from '../../src/core/validation-messages.js';
import type { Db } from '../db/db.js';
import { issuesToItems } from '../http/errors.js';
import { placeProvince } from '../geo/geocoder.js';
import { upsertWalkIn } from '../store/walk-ins.js';
import { OsmHoursError, osmToOpeningHours } from './opening-hours.js';

/** The columns, in the contract's field names; the first five and lat/lon are required. */
export const WALK_IN_COLUMNS = [
  'id', 'name', 'description', 'organizer', 'address', 'postcode', 'city', 'province', 'lat', 'lon',
  'phone', 'url', 'audiences', 'peerSupport', 'openingHours', 'sample',
] as const;
type Column = (typeof WALK_IN_COLUMNS)[number];

/** One problem: the file's line (1 is the header), the column, the stable code and its message. */
export interface RowProblem {
  line: number;
  field: string;
  code: string;
  message: string;
}

export type CsvResult = { ok: true; walkIns: WalkIn[] } | { ok: false; problems: RowProblem[] };

const YES = new Set(['ja', 'yes', 'true', '1', 'j', 'y']);
const NO = new Set(['nee', 'no', 'false', '0', 'n', '']);

/** `ja`/`nee` (or yes/no, true/false, 1/0; empty is no) → boolean; anything else stays text so the contract refuses it. */
const bool = (v: string): boolean | string => (YES.has(v.toLowerCase()) ? true : NO.has(v.toLowerCase()) ? false : v);
/** A decimal number, with a point or a Dutch comma; empty or other text stays text (refused). */
const num = (v: string): number | string => (/^-?\d+(?:[.,]\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v);
const optional = (v: string): string | null => (v === '' ? null : v);

/**
 * Reads and checks a whole file. `today` (Amsterdam calendar date) starts the dated
 * exceptions the opening hours get; `lang` is the language of the messages.
 * Spreadsheet exports separated by `;` (Dutch Excel) are read as well as `,`.
 */
export function parseWalkInsCsv(text: string, opts: { today: string; lang?: Lang }): CsvResult {
  const lang = opts.lang ?? 'nl';
  const problems: RowProblem[] = [];
  const add = (line: number, field: string, code: string, detail?: string) =>
    problems.push({ line, field, code, message: validationMessage(code, lang) + (detail ? ` (${detail})` : '') });

  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  let rows: { raw: string; record: Record<string, string> }[];
  try {
    rows = parse(text, { bom: true, columns: true, delimiter, raw: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    // A broken quote or a row with too many fields: nothing can be trusted after it.
    const e = err as { lines?: number; message: string };
    add(e.lines ?? 1, '', 'invalid_format', e.message);
    return { ok: false, problems };
  }
  const columns = new Set(Object.keys(rows[0]?.record ?? {}));
  for (const c of columns) if (!(WALK_IN_COLUMNS as readonly string[]).includes(c)) add(1, c, 'unrecognized_keys');
  for (const c of ['id', 'name', 'address', 'postcode', 'city', 'lat', 'lon'] satisfies Column[]) if (rows.length && !columns.has(c)) add(1, c, 'required');
  if (problems.length) return { ok: false, problems };

  const walkIns: WalkIn[] = [];
  const seen = new Map<string, number>();
  // The line each row starts on, counted here from the rows' raw text: a quoted field with a
  // line break makes a row span lines, and csv-parse's own count (`info.lines`, the row's end)
  // counts CR LF inside quotes as two. The header is line 1; a raw row starts with the empty
  // lines skipped before it.
  const breaks = (t: string) => (t.match(/\r\n|\n|\r/g) ?? []).length;
  let consumed = 1;
  for (const { raw, record } of rows) {
    const line = consumed + 1 + breaks(/^[\r\n]*/.exec(raw)![0]);
    consumed += breaks(raw);
    const v = (c: Column) => record[c] ?? '';
    const candidate: Record<string, unknown> = {
      id: v('id'),
      name: v('name'),
      description: v('description'),
      organizer: optional(v('organizer')),
      address: v('address'),
      postcode: v('postcode'),
      city: v('city'),
      // Left empty, the province follows from the city (the offline place table).
      province: v('province').toLowerCase() || placeProvince(v('city')) || '',
      lat: num(v('lat')),
      lon: num(v('lon')),
      phone: optional(v('phone')),
      url: optional(v('url')),
      audiences: v('audiences') ? v('audiences').split(/[|,]/).map((a) => a.trim().toLowerCase()) : ['iedereen'],
      peerSupport: bool(v('peerSupport')),
      hours: [],
      exceptions: [],
      sample: bool(v('sample')),
    };
    if (v('openingHours')) {
      candidate.openingHours = v('openingHours');
      try {
        Object.assign(candidate, osmToOpeningHours(v('openingHours'), opts.today));
      } catch (err) {
        if (!(err instanceof OsmHoursError)) throw err;
        add(line, 'openingHours', 'invalid_format', err.message);
      }
    }
    const parsed = WalkIn.safeParse(candidate);
    if (!parsed.success) {
      // A path into a list (`audiences.1`) is reported as its column.
      for (const item of issuesToItems(parsed.error.issues)) add(line, item.path.split('.')[0] ?? item.path, item.code);
      continue;
    }
    const first = seen.get(parsed.data.id);
    // Two rows for one place: which one was meant is for a person to decide.
    if (first !== undefined) add(line, 'id', 'invalid_value', lang === 'nl' ? `hetzelfde id als regel ${first}` : `the same id as line ${first}`);
    seen.set(parsed.data.id, line);
    walkIns.push(parsed.data);
  }
  return problems.length ? { ok: false, problems } : { ok: true, walkIns };
}

/** Stores every place in one transaction (all or nothing); known ids are updated. */
export async function importWalkIns(db: Db, walkIns: readonly WalkIn[]): Promise<{ added: number; updated: number }> {
  return db.transaction(async (tx) => {
    const known = new Set(
      (await tx.query<{ id: string }>('SELECT id FROM walk_ins WHERE id = ANY($1::text[])', [walkIns.map((w) => w.id)])).map((r) => r.id),
    );
    for (const w of walkIns) await upsertWalkIn(tx, w);
    return { added: walkIns.length - known.size, updated: known.size };
  });
}

/** The CLI's text for a refused file: one line per problem, in file order. */
export function problemReport(problems: readonly RowProblem[], lang: Lang = 'nl'): string {
  const label = lang === 'nl' ? 'regel' : 'line';
  return [...problems]
    .sort((a, b) => a.line - b.line)
    .map((p) => `${label} ${p.line}, ${p.field || '-'}: ${p.message}`)
    .join('\n');
}
