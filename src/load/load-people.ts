// The people registry in a file of its own (SPEC 11): `people: people.yaml` or
// `people: people.csv` in okr.config.yaml, relative to it. A company of 100,000 people
// exports its registry from HR; it does not type it into the config. The file may be as
// large as the company (the unit-file size limit is for unit files), and it is checked as
// strictly as the config: the same schema, with every problem at its line and column.

import { isAbsolute, posix } from 'node:path';
import type { FilesOrRoot } from '../fs/file-source.js';
import type { Finding, PersonDoc } from '../model.js';
import { didYouMean } from '../text/did-you-mean.js';
import { prepareValidator, validateSchema } from '../schema/validate.js';
import { CsvError, parseCsv, type CsvRow } from '../text/csv-parse.js';
import { readSource } from './read-source.js';
import { parseYaml } from './yaml/parse.js';
import { createLocator } from './yaml/positions.js';

/** Room for a registry of several hundred thousand people. */
export const MAX_PEOPLE_FILE_BYTES = 256 * 1024 * 1024;

export const PEOPLE_COLUMNS = ['id', 'name', 'email', 'github'] as const;

export interface LoadedPeople {
  people?: Record<string, PersonDoc>;
  /** Repository-relative path of the people file. */
  file: string;
  findings: Finding[];
}

/**
 * Reads the people file that `people:` in the config names. `configDir` is the config's
 * folder, repository-relative (`''` at the root); `configFile` is where to report a path
 * that cannot be used.
 */
export async function loadPeopleFile(place: FilesOrRoot, configDir: string, configFile: string, named: string): Promise<LoadedPeople> {
  const file = peopleFilePath(configDir, named);
  const atConfig = (message: string): LoadedPeople => ({
    file, findings: [{ file: configFile, path: ['people'], severity: 'error', rule: 'config', message }],
  });
  if (isAbsolute(named) || file === '..' || file.startsWith('../')) return atConfig(`people file '${named}' is outside the repository; give a path inside it, relative to ${configFile}`);

  const read = readSource(place, file, MAX_PEOPLE_FILE_BYTES);
  if (!read.ok) return read.missing ? atConfig(`people file '${named}' does not exist`) : { file, findings: [read.finding] };
  await prepareValidator('people');
  return file.endsWith('.csv') ? peopleFromCsv(read.source.text, file) : peopleFromYaml(read.source.text, file);
}

/** The people file's repository-relative path, from the config's folder and what `people:` says. */
export function peopleFilePath(configDir: string, named: string): string {
  return posix.normalize(posix.join(configDir, named.split('\\').join('/')));
}

function peopleFromYaml(text: string, file: string): LoadedPeople {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return { file, findings: parsed.findings };
  const findings = validateSchema('people', parsed.data, file);
  if (findings.length === 0) return { file, people: parsed.data as Record<string, PersonDoc>, findings };
  const locate = createLocator({ text, spans: parsed.spans, data: parsed.data });
  for (const finding of findings) finding.position = locate(finding.path, finding.atKey ?? false);
  return { file, findings };
}

/**
 * A CSV with a header row naming its columns (any order): `id` and any of name, email and
 * github. An empty cell is a field left out. Each row is checked by the same schema as a
 * YAML registry, and its problems are reported at the cell.
 */
function peopleFromCsv(text: string, file: string): LoadedPeople {
  const finding = (message: string, line: number, column: number): Finding => ({
    file, path: [], severity: 'error', rule: 'schema', message, position: { line, column },
  });
  let rows: CsvRow[];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { file, findings: [{ ...finding(error.message.replace(/^line \d+, column \d+: /, ''), error.line, error.column), rule: 'yaml' }] };
    throw error;
  }
  const [header, ...body] = rows;
  if (!header) return { file, findings: [finding(`the file is empty; expected a header row: ${PEOPLE_COLUMNS.join(',')}`, 1, 1)] };

  const findings: Finding[] = [];
  const columns = header.map((cell) => cell.value.trim());
  header.forEach((cell, i) => {
    if (PEOPLE_COLUMNS.includes(columns[i] as (typeof PEOPLE_COLUMNS)[number])) return;
    const guess = didYouMean(columns[i], [...PEOPLE_COLUMNS]);
    findings.push(finding(`unknown column '${columns[i]}'${guess ? ` (did you mean '${guess}'?)` : ''}; the columns are ${PEOPLE_COLUMNS.join(', ')}`, cell.line, cell.column));
  });
  if (!columns.includes('id')) findings.push(finding(`no 'id' column; the columns are ${PEOPLE_COLUMNS.join(', ')}`, header[0].line, header[0].column));
  if (findings.length > 0) return { file, findings };

  // Built without a prototype: an id is a key of this map and nothing else.
  const byId: Record<string, PersonDoc> = Object.create(null) as Record<string, PersonDoc>;
  const cells = new Map<string, CsvRow>();
  for (const row of body) {
    const record: Record<string, string> = {};
    row.forEach((cell, i) => {
      if (i < columns.length && cell.value !== '') record[columns[i]] = cell.value;
    });
    if (row.length > columns.length) findings.push(finding(`this row has ${row.length} cells, more than the ${columns.length} columns of the header`, row[columns.length].line, row[columns.length].column));
    const id = record.id ?? '';
    const { id: _id, ...person } = record;
    if (id === '') {
      findings.push(finding('a row with no id; every person needs one', row[0].line, row[0].column));
    } else if (Object.hasOwn(byId, id)) {
      findings.push(finding(`duplicate id '${id}': it is already on line ${cells.get(id)![0].line}`, row[0].line, row[0].column));
    } else {
      byId[id] = person;
      cells.set(id, row);
    }
  }
  // The schema judges the values; its findings name [id] or [id, column]: find that cell.
  for (const schemaFinding of validateSchema('people', byId, file)) {
    const [id, column] = schemaFinding.path as string[];
    const row = id === undefined ? undefined : cells.get(id);
    const cell = row?.[column === undefined ? columns.indexOf('id') : columns.indexOf(column)] ?? row?.[0];
    findings.push({ ...schemaFinding, path: [], position: cell ? { line: cell.line, column: cell.column } : { line: 1, column: 1 } });
  }
  return findings.length > 0 ? { file, findings } : { file, people: byId, findings };
}
