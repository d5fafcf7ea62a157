import { beforeAll, describe, expect, it } from 'vitest';
import { complete, contextOf, type CompletionData } from '../../src/completion/complete.js';
import { loadProgramSpec, type ProgramSpec } from '../../src/completion/program-spec.js';

const data: CompletionData = {
  refs: ['company', 'company/O1', 'company/O1/KR1', 'platform', 'platform/O1', 'platform/O1/KR1', 'platform/O1/KR2'],
  cycles: ['2026-Q3', '2026-Q4'],
};

let spec: ProgramSpec;
beforeAll(async () => {
  // The real program as src/program/declare.ts declares it: completion follows the CLI.
  spec = await loadProgramSpec();
});

/** Completes the last word of a command line (a trailing space means a new, empty word). */
function at(line: string) {
  const words = line.split(' ');
  return complete(spec, data, words, words.length - 1);
}

describe('complete', () => {
  it.each([
    ['okr ', ['validate', 'lint', 'tree', 'score', 'checkin', 'completion'], []],
    ['okr ch', ['checkin'], ['completion', 'tree']],
    ['okr li', ['lint'], []],
    ['okr --cycle 2026-Q3 sc', ['score'], []],
  ])('commands and aliases: %j', (line, present, absent) => {
    const { values } = at(line);
    for (const value of present) expect(values).toContain(value);
    for (const value of absent) expect(values).not.toContain(value);
  });

  it('offers a command\'s own options and the global ones', () => {
    const { values } = at('okr checkin --');
    expect(values).toEqual(expect.arrayContaining(['--value', '--confidence', '--no-commit', '--cycle', '--as-of', '--help']));
    expect(values).not.toContain('--max-warnings');
    expect(at('okr lint --max').values).toEqual(['--max-warnings']);
    expect(at('okr -').values).toEqual(expect.arrayContaining(['-C', '-q', '--quiet', '--version']));
  });

  it('offers the choices commander declares, also after =', () => {
    expect(at('okr score --format ').values).toEqual(['table', 'json', 'md', 'csv']);
    expect(at('okr history --kind d').values).toEqual(['definition']);
    expect(at('okr validate --format=s').values).toEqual(['--format=stylish', '--format=sarif']);
  });

  it('offers references where a command takes one', () => {
    expect(at('okr tree ').values).toEqual(data.refs);
    expect(at('okr score plat').values).toEqual(['platform', 'platform/O1', 'platform/O1/KR1', 'platform/O1/KR2']);
    expect(at('okr history platform/O1/').values).toEqual(['platform/O1/KR1', 'platform/O1/KR2']);
    // A check-in is about a key result only.
    expect(at('okr checkin ').values).toEqual(['company/O1/KR1', 'platform/O1/KR1', 'platform/O1/KR2']);
  });

  it('offers the right kind of id to options', () => {
    expect(at('okr new kr --objective ').values).toEqual(['company/O1', 'platform/O1']);
    expect(at('okr new objective --aligns-to c').values).toEqual(['company/O1', 'company/O1/KR1']);
    expect(at('okr new objective --unit ').values).toEqual(['company', 'platform']);
    expect(at('okr retro --kr p').values).toEqual(['platform/O1/KR1', 'platform/O1/KR2']);
    expect(at('okr tree --cycle ').values).toEqual(['2026-Q3', '2026-Q4']);
    expect(at('okr --cycle 2026-Q4 tree --cycle 2026-Q').values).toEqual(['2026-Q3', '2026-Q4']);
    expect(at('okr new ').values).toEqual(['unit', 'objective', 'kr']);
    expect(at('okr completion ').values).toEqual(['bash', 'zsh', 'fish']);
  });

  it('hands paths to the shell', () => {
    expect(at('okr -C ')).toEqual({ values: [], paths: 'dir' });
    expect(at('okr validate okrs/')).toEqual({ values: [], paths: 'file' });
    expect(at('okr validate a.yaml ')).toEqual({ values: [], paths: 'file' });
    expect(at('okr report --out ')).toEqual({ values: [], paths: 'file' });
  });

  it('offers nothing where nothing is known', () => {
    expect(at('okr checkin --note ').values).toEqual([]); // free text
    expect(at('okr tree platform ').values).toEqual([]); // tree takes one ref
    expect(at('okr nosuch ').values).toEqual([]);
    expect(at('okr diff ').values).toEqual([]); // git revisions
  });

  it('skips option values when counting arguments', () => {
    expect(at('okr tree --format json pl').values).toEqual(['platform', 'platform/O1', 'platform/O1/KR1', 'platform/O1/KR2']);
    expect(at('okr tree --format=json --no-history c').values).toEqual(['company', 'company/O1', 'company/O1/KR1']);
  });
});

describe('contextOf', () => {
  it('reads -C, --config and --cycle from the line, in both spellings', () => {
    expect(contextOf(['okr', '-C', 'repo', 'tree', '--cycle=2026-Q3'])).toEqual({ dir: 'repo', cycle: '2026-Q3' });
    expect(contextOf(['okr', '--config', 'x/okr.config.yaml', '--cycle'])).toEqual({ config: 'x/okr.config.yaml' });
    expect(contextOf(['okr', '--as-of', '2026-08-01', 'tree'])).toEqual({ asOf: '2026-08-01' });
  });
});
