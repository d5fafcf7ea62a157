// SLOW, NEEDS THE NPM REGISTRY: packs okr-cli as `npm publish` would, installs the tarball in
// an empty folder (which fetches the runtime dependencies, about 15 s) and runs the installed
// binary there. Checks that the package holds what a user needs and nothing of development.
// Expects a fresh `npm run build` (npm test runs it first); dist/ goes into the tarball as is.

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, tempRepo } from '../helpers/cli.js';
import { isolatedGitEnv } from '../helpers/git.js';

const INSTALL_TIMEOUT = 120_000;
const work = mkdtempSync(join(tmpdir(), 'okr-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], options: SpawnSyncOptions & { timeout?: number } = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options });
  const stdout = String(result.stdout ?? '');
  const stderr = String(result.stderr ?? '');
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout, stderr };
}

let tarball: string;
let files: string[];

beforeAll(() => {
  // --ignore-scripts: pack what the build left in dist/, without running lifecycle scripts.
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT });
  expect(packed.code, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info!.filename);
  files = info!.files.map((f) => f.path).sort();
}, 180_000);

describe('npm pack', () => {
  it('ships the binary, the build, the schemas and the demo organisation', () => {
    for (const path of ['bin/okr.js', 'dist/cli.js', 'dist/schema/validators/unit.cjs', 'schemas/unit.schema.json', 'schemas/config.schema.json',
      'examples/acme/okr.config.yaml', 'examples/acme/okrs/2026-Q4/company.yaml', 'package.json', 'README.md']) {
      expect(files, path).toContain(path);
    }
    // Every compiled module of the CLI, so no lazily imported command is missing.
    const compiled = readdirSync(join(ROOT, 'dist'), { recursive: true }).map((p) => `dist/${String(p).split('\\').join('/')}`).filter((p) => p.endsWith('.js'));
    for (const path of compiled) expect(files, path).toContain(path);
  });

  it('leaves out sources, tests and development files', () => {
    const unwanted = /^(src|test|bench|\.ci|examples\/invalid|node_modules)\/|^tsconfig|^vitest|^eslint|\.ts$|\.tgz$/;
    expect(files.filter((path) => unwanted.test(path) && !path.endsWith('.d.ts'))).toEqual([]);
  });

  it('has an executable bin with a node shebang', () => {
    const unpacked = join(work, 'unpacked');
    run('mkdir', ['-p', unpacked]);
    expect(run('tar', ['-xzf', tarball, '-C', unpacked]).code).toBe(0);
    const bin = join(unpacked, 'package/bin/okr.js');
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });

  describe('installed in an empty folder', () => {
    const app = join(work, 'app');
    const home = join(work, 'home');
    const env = { ...process.env, ...isolatedGitEnv(home), NO_COLOR: undefined } as Record<string, string | undefined>;
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const okr = (args: string[]) => run(join(app, 'node_modules/.bin/okr'), args, { cwd: app, env: env as NodeJS.ProcessEnv });

    beforeAll(() => {
      run('mkdir', ['-p', app, home]);
      expect(run('npm', ['init', '-y'], { cwd: app }).code).toBe(0);
      const installed = run('npm', ['install', tarball, '--omit=dev', '--no-audit', '--no-fund'], { cwd: app, timeout: INSTALL_TIMEOUT });
      expect(installed.code, installed.stderr).toBe(0);
    }, INSTALL_TIMEOUT + 10_000);

    it('installs the runtime dependencies only', () => {
      const modules = readdirSync(join(app, 'node_modules'));
      expect(modules).toEqual(expect.arrayContaining(['okr-cli', 'commander', 'yaml', 'ajv']));
      for (const dev of ['vitest', 'typescript', 'eslint', '@types', 'ajv-cli', 'playwright-core']) expect(modules, dev).not.toContain(dev);
    });

    it('runs: --version, schema, validate, init --example', () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(okr(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });

      const schema = okr(['schema', 'unit']);
      expect(schema.code, schema.stderr).toBe(0);
      expect(JSON.parse(schema.stdout)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#' });

      const acme = tempRepo({}, join(EXAMPLES, 'acme'));
      const validated = okr(['validate', '-C', acme]);
      expect(validated.code, validated.stdout + validated.stderr).toBe(0);

      // --example copies examples/acme out of the installed package.
      const demo = join(app, 'demo');
      const init = okr(['init', demo, '--example', '--as-of', '2026-11-23']);
      expect(init.code, init.stderr).toBe(0);
      expect(existsSync(join(demo, 'okrs/2026-Q4/platform.yaml'))).toBe(true);
      expect(okr(['validate', '-C', demo]).code).toBe(0);
    }, 60_000);
  });
});
