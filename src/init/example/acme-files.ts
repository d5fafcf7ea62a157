// The Acme example organisation as shipped in the package (examples/acme), read as the final
// state of the demo repository. Its modelines point at the package's schemas/ folder, which
// a demo repository does not have; they are pointed at the repository's own copy instead,
// and that first line is the only difference from the shipped files. The scripts and data its
// command sources read come along as they are.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../errors.js';
import { modeline } from '../yaml-text.js';

/** examples/acme of this package, the same three levels up from src/init/example and dist/init/example. */
export const ACME = new URL('../../../examples/acme/', import.meta.url);

export interface ExampleFile {
  /** Repository-relative, with `/`. */
  path: string;
  text: string;
}

export function readAcme(): ExampleFile[] {
  if (!existsSync(ACME)) throw new UsageError(`this installation of okr has no example organisation (${fileURLToPath(ACME)}); reinstall okr-cli`);
  const okrs = (readdirSync(new URL('okrs/', ACME), { recursive: true }) as string[])
    .map((name) => `okrs/${name.split('\\').join('/')}`)
    .filter((path) => path.endsWith('.yaml'))
    .sort();
  const yaml = ['okr.config.yaml', ...okrs].map((path) => ({
    path,
    text: withModeline(readFileSync(fileURLToPath(new URL(path, ACME)), 'utf8'), path),
  }));
  // What the key results' sources read (okr sync): the script and the data it reads, as they are.
  const extra = SOURCE_FOLDERS.flatMap((folder) => (existsSync(new URL(`${folder}/`, ACME)) ? readdirSync(new URL(`${folder}/`, ACME)).sort() : [])
    .map((name) => `${folder}/${name}`))
    .filter((path) => !path.includes('/.'));
  return [...yaml, ...extra.map((path) => ({ path, text: readFileSync(fileURLToPath(new URL(path, ACME)), 'utf8') }))];
}

/** The folders of the example that its command sources use (okr sync runs them). */
const SOURCE_FOLDERS = ['scripts', 'data'];

const MODELINE = /^# yaml-language-server: .*\n/;

export function withModeline(text: string, path: string): string {
  if (!MODELINE.test(text)) throw new Error(`${path} of the example does not start with a modeline`);
  return text.replace(MODELINE, `${modeline(path === 'okr.config.yaml' ? 'config' : 'unit', path)}\n`);
}
