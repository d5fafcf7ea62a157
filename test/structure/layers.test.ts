// The layering of src/: every folder sits in a layer, and imports only from its own layer or
// the layers below it, never from above; and no two folders import each other, directly or
// round about. Read from the import statements themselves (type imports too), so a new upward
// import fails here, not in a reviewer's head.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Bottom first. `base` is src/'s own files (model.ts, errors.ts, …); `cli` is src/cli.ts. */
const LAYERS: string[][] = [
  ['base'],
  ['text', 'escape'],
  ['fs', 'terminal', 'findings', 'schema', 'graph', 'sources', 'notify'],
  ['rules', 'score'],
  ['load'],
  ['edit', 'git'],
  ['write', 'repository'],
  // What each command does with the stages: pure builders and the writing commands' plans.
  ['view', 'report', 'remind', 'retro', 'people', 'diff', 'audit', 'reviewers', 'codeowners', 'next', 'new', 'checkin', 'sync', 'init', 'interchange', 'validate', 'edit-flow', 'pull-request'],
  ['format'],
  ['output', 'program'],
  ['completion'],
  ['commands'],
  ['cli'],
  // The build step that precompiles validators (npm run build), never loaded by okr.
  ['build'],
];

const SRC = join(ROOT, 'src');
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((folder) => [folder, i] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

function folderOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts.length > 1) return parts[0];
  return parts[0] === 'cli.ts' ? 'cli' : 'base';
}

/** Every relative module a file imports or re-exports, statically or with import(). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]);
  return specifiers.map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
}

interface Edge {
  from: string;
  to: string;
  /** One import that makes the edge, for the message. */
  via: string;
}

const edges: Edge[] = [];
for (const file of sourceFiles(SRC)) {
  for (const target of importsOf(file)) {
    const [from, to] = [folderOf(file), folderOf(target)];
    if (from !== to) edges.push({ from, to, via: `${relative(ROOT, file)} imports ${relative(ROOT, target)}` });
  }
}

/** Groups of folders that import each other round about (strongly connected, more than one). */
function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

describe('the layers of src/', () => {
  it('reads the imports it judges', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual(expect.objectContaining({ from: 'commands', to: 'repository' }));
  });

  it('places every folder of src/ in a layer', () => {
    const folders = new Set(sourceFiles(SRC).map(folderOf));
    expect([...folders].filter((folder) => !rank.has(folder))).toEqual([]);
  });

  it('has no folder import from a layer above its own', () => {
    const upward = edges.filter((edge) => rank.get(edge.to)! > rank.get(edge.from)!).map((edge) => edge.via);
    expect(upward).toEqual([]);
  });

  it('has no folders that import each other, directly or round about', () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of edges) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    const cycles = cyclesOf(graph).map((group) => `${group.join(' ↔ ')}: ${edges.filter((e) => group.includes(e.from) && group.includes(e.to)).map((e) => e.via).join('; ')}`);
    expect(cycles).toEqual([]);
  });

  it('would catch an upward import and a cycle', () => {
    const upward: Edge = { from: 'graph', to: 'repository', via: 'made up' };
    expect(rank.get(upward.to)! > rank.get(upward.from)!).toBe(true);
    expect(cyclesOf(new Map([['diff', new Set(['audit'])], ['audit', new Set(['diff'])], ['view', new Set(['score'])]]))).toEqual([['audit', 'diff']]);
  });
});
