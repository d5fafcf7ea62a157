// Reads CSV as `okr export` writes it into the units it describes (wanted.ts). Every problem
// is collected with its row and column before anything is returned: the caller writes
// nothing unless the whole file is good.

import { unneutraliseCsvCell } from '../escape/csv.js';
import { CsvError, csvRows, detectDelimiter, type CsvCell, type CsvRow } from '../text/csv-parse.js';
import { COLUMNS, type Column } from './columns.js';
import { InputError, type InputProblem, type WantedKeyResult, type WantedObjective, type WantedUnit } from './wanted.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Past this many, more problems only bury the first ones (and a hostile file has millions). */
const MAX_PROBLEMS = 100;

export function readImportCsv(text: string, source: string, defaultCycle: string): WantedUnit[] {
  // Spreadsheets in many locales save with semicolons (and decimal commas): the header says which.
  const delimiter = detectDelimiter(text, (name) => COLUMNS.some((c) => c.name === name));
  const decimalComma = delimiter === ';';
  // Rows are read one at a time: a large file never holds all its cells at once.
  const rows = csvRows(text, { delimiter });
  const problems: InputProblem[] = [];
  const csvProblem = (error: unknown): InputProblem => {
    if (!(error instanceof CsvError)) throw error;
    return { line: error.line, column: error.column, message: error.message.replace(/^line \d+, column \d+: /, '') };
  };
  let first: IteratorResult<CsvRow>;
  try {
    first = rows.next();
  } catch (error) {
    throw new InputError(source, [csvProblem(error)]);
  }
  if (first.done) throw new InputError(source, [{ line: 1, column: 1, message: 'the file is empty; expected a header row (okr export writes one)' }]);

  const header = first.value;
  const columns: Column[] = [];
  for (const cell of header) {
    const column = COLUMNS.find((c) => c.name === cell.value.trim());
    if (!column) problems.push({ line: cell.line, column: cell.column, message: `unknown column '${cell.value}'; the columns are: ${COLUMNS.map((c) => c.name).join(', ')}` });
    else if (columns.includes(column)) problems.push({ line: cell.line, column: cell.column, message: `column '${column.name}' appears twice` });
    columns.push(column!);
  }
  if (!columns.some((c) => c?.name === 'unit')) problems.push({ line: header[0].line, column: 1, message: "the header has no 'unit' column" });
  if (problems.length > 0) throw new InputError(source, problems);

  const units = new Map<string, WantedUnit>();
  try {
    for (const row of rows) {
      if (problems.length >= MAX_PROBLEMS) {
        problems.push({ line: row[0].line, column: 1, message: `stopped after ${MAX_PROBLEMS} problems; fix these and import again` });
        break;
      }
      if (row.length !== columns.length) {
        // Point at the first field too many, or at the end of a row that is short.
        const last = row.at(-1)!;
        const at = row.length > columns.length ? row[columns.length] : { line: last.line, column: last.column + last.value.length };
        problems.push({ line: at.line, column: at.column, message: `the row has ${row.length} fields; the header has ${columns.length}` });
        continue;
      }
      // Undo exactly what export did to keep formulas out of spreadsheets (src/escape/csv.ts).
      const cells = row.map((cell) => ({ ...cell, value: unneutraliseCsvCell(cell.value) }));
      readRow(cells, columns, defaultCycle, units, problems, decimalComma);
    }
  } catch (error) {
    // A broken quote ends the reading: what follows it cannot be told apart.
    problems.push(csvProblem(error));
  }
  if (problems.length > 0) throw new InputError(source, problems);
  return [...units.values()];
}

function readRow(row: CsvRow, columns: Column[], defaultCycle: string, units: Map<string, WantedUnit>, problems: InputProblem[], decimalComma: boolean): void {
  const at = (name: string) => row[columns.findIndex((c) => c.name === name)] as CsvCell | undefined;
  const unitCell = at('unit');
  const unitId = unitCell?.value.trim() ?? '';
  const objectiveId = at('objective')?.value.trim() ?? '';
  const krId = at('kr')?.value.trim() ?? '';
  const first = row[0];
  if (unitId === '') return void problems.push({ line: first.line, column: unitCell?.column ?? 1, message: 'every row needs a unit' });
  for (const [name, value] of [['unit', unitId], ['objective', objectiveId], ['kr', krId]]) {
    if (value !== '' && !ID.test(value)) problems.push({ line: first.line, column: at(name)!.column, message: `'${value}' is not a valid ${name} id` });
  }
  if (krId !== '' && objectiveId === '') return void problems.push({ line: first.line, column: at('objective')?.column ?? at('kr')!.column, message: `key result ${krId} has no objective` });

  const cycle = at('cycle')?.value.trim() || defaultCycle;
  const key = `${cycle}/${unitId}`;
  let unit = units.get(key);
  if (!unit) units.set(key, (unit = { cycle, unit: unitId, fields: {}, objectives: [] }));
  let objective: WantedObjective | undefined;
  if (objectiveId !== '') {
    objective = unit.objectives.find((o) => o.id === objectiveId);
    if (!objective) unit.objectives.push((objective = { id: objectiveId, fields: {}, keyResults: [] }));
  }
  let kr: WantedKeyResult | undefined;
  if (krId !== '' && objective) {
    if (objective.keyResults.some((k) => k.id === krId)) problems.push({ line: first.line, column: at('kr')!.column, message: `${unitId}/${objectiveId}/${krId} appears on an earlier row too` });
    objective.keyResults.push((kr = { id: krId, fields: {} }));
  }

  columns.forEach((column, index) => {
    const cell = row[index];
    if (cell.value === '' || ['cycle', 'unit'].includes(column.name) || column.key === 'id') return;
    const value = parseValue(column, cell.value, decimalComma);
    if (value instanceof Problem) return void problems.push({ line: cell.line, column: cell.column, message: `${column.name}: ${value.message}` });
    if (column.owner === 'file') return setOnce(unit as unknown as Record<string, unknown>, 'file', value, cell, column, problems);
    const target = column.owner === 'unit' ? unit.fields : column.owner === 'objective' ? objective?.fields : kr?.fields;
    if (!target) return void problems.push({ line: cell.line, column: cell.column, message: `${column.name} is given but the row has no ${column.owner === 'kr' ? 'kr' : 'objective'}` });
    if (column.owner === 'kr') (target as Record<string, unknown>)[column.key] = value;
    else setOnce(target as Record<string, unknown>, column.key, value, cell, column, problems);
  });
  if (unit.file !== undefined && !validFile(unit.file, unitId)) {
    problems.push({ line: first.line, column: at('file')!.column, message: `file '${unit.file}' must be a path inside the cycle folder ending in ${unitId}.yaml` });
  }
}

/** Unit and objective values repeat on each of their rows: they must agree. */
function setOnce(target: Record<string, unknown>, key: string, value: unknown, cell: CsvCell, column: Column, problems: InputProblem[]): void {
  if (target[key] === undefined) target[key] = value;
  else if (JSON.stringify(target[key]) !== JSON.stringify(value)) {
    problems.push({ line: cell.line, column: cell.column, message: `${column.name} is '${cell.value}' here but different on an earlier row of the same ${column.owner}` });
  }
}

function validFile(file: string, unit: string): boolean {
  const parts = file.split('/');
  return !parts.some((p) => p === '' || p === '.' || p === '..') && [`${unit}.yaml`, `${unit}.yml`].includes(parts.at(-1)!);
}

/** Why a cell's text is not a value of its column. */
class Problem {
  constructor(readonly message: string) {}
}

type Parsed = unknown;

/** `decimalComma`: in a semicolon file, `0,5` is the spreadsheet's way of writing 0.5. */
export function parseValue(column: Column, raw: string, decimalComma = false): Parsed {
  const kind = column.kind;
  switch (kind.type) {
    case 'text':
      return raw;
    case 'number': {
      const text = decimalComma && /^[+-]?\d+,\d+$/.test(raw.trim()) ? raw.trim().replace(',', '.') : raw.trim();
      const n = Number(text);
      return raw.trim() === '' || !Number.isFinite(n) ? new Problem(`'${raw}' is not a number`) : n;
    }
    case 'boolean':
      return raw.trim() === 'true' ? true : raw.trim() === 'false' ? false : new Problem(`'${raw}' is not true or false`);
    case 'enum':
      return kind.values.includes(raw.trim()) ? raw.trim() : new Problem(`'${raw}' is not one of ${kind.values.join(', ')}`);
    case 'list':
      return raw.trim().split(/\s+/);
    case 'json':
      return parseJson(kind.shape, raw);
  }
}

function parseJson(shape: 'milestones' | 'healthMetrics' | 'retro' | 'source', raw: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return new Problem(`not valid JSON (${(error as Error).message})`);
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (shape === 'retro') return isObject(value) ? value : new Problem('expected a JSON object like {"learnings":"..."}');
  if (shape === 'source') return isObject(value) ? value : new Problem('expected a JSON object like {"from":"warehouse","query":"select count(*) from deploys"}');
  const example = shape === 'milestones' ? '[{"title":"Design approved","done":true}]' : '[{"id":"H1","title":"Uptime","current":99.9}]';
  if (!Array.isArray(value) || !value.every((item) => isObject(item) && typeof item.title === 'string')) {
    return new Problem(`expected a JSON list of objects with a title, like ${example}`);
  }
  return value;
}
