// What `okr init` writes, as a plan: the OKR files in DIR, and the files that belong to the
// whole repository (the CI workflow, the editor settings) at the repository's top, since
// GitHub and VS Code look for them only there.

import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readRepositoryText } from '../fs/read-file.js';
import { schemaPath } from '../schema/files.js';
import { mergeExtensions, mergeSettings, schemaMappings, type Merged } from './editor-settings.js';
import type { PlannedFile } from './plan.js';
import { companyYaml, configYaml, readme, workflowYaml, type ScaffoldInput } from './templates.js';
import { syncWorkflowYaml } from './sync-workflow.js';
import { SCHEMA_DIR } from './yaml-text.js';

export interface Layout {
  /** The OKR root: where okr.config.yaml goes (DIR). */
  root: string;
  /** The git repository's top, or the root when there is none yet. */
  top: string;
}

export interface Plan {
  files: PlannedFile[];
  /** Things the user should know: an editor file that could not be merged, and why. */
  notes: string[];
}

export function scaffoldPlan(input: ScaffoldInput, layout: Layout): Plan {
  const shared = repositoryFiles(layout);
  return {
    files: [
      { path: join(layout.root, 'okr.config.yaml'), content: configYaml(input), mode: 'create' },
      { path: join(layout.root, 'okrs', input.cycle.id, 'company.yaml'), content: companyYaml(input), mode: 'create' },
      { path: join(layout.root, 'README.md'), content: readme(input), mode: 'if-absent' },
      ...shared.files,
    ],
    notes: shared.notes,
  };
}

/** The schema copies, editor settings and CI workflow: everything but the OKRs themselves. */
export function repositoryFiles(layout: Layout): Plan {
  const dir = relative(layout.top, layout.root).split(sep).join('/');
  const files: PlannedFile[] = (['config', 'unit'] as const).map((name) => ({
    path: join(layout.root, SCHEMA_DIR, `${name}.schema.json`),
    content: readFileSync(schemaPath(name), 'utf8'),
    mode: 'refresh',
  }));
  files.push({ path: join(layout.top, '.github', 'workflows', 'okr.yml'), content: workflowYaml(dir), mode: 'create' });
  files.push({ path: join(layout.top, '.github', 'workflows', 'okr-sync.yml'), content: syncWorkflowYaml(dir), mode: 'create' });
  const notes: string[] = [];
  const merge = (name: string, merged: (existing: string | undefined) => Merged, snippet: string): void => {
    const path = join(layout.top, '.vscode', name);
    const existing = readRepositoryText(layout.top, path);
    if (existing.problem) {
      notes.push(`.vscode/${name} cannot be read (${existing.problem.message}), so it was left alone`);
      return;
    }
    const result = merged(existing.text);
    if ('text' in result) files.push({ path, content: result.text, mode: 'refresh' });
    else notes.push(`.vscode/${name} is not plain JSON, so it was left alone; add ${snippet} to it yourself`);
  };
  merge('settings.json', (existing) => mergeSettings(existing, dir), `"yaml.schemas": ${JSON.stringify(schemaMappings(dir))}`);
  merge('extensions.json', mergeExtensions, '"recommendations": ["redhat.vscode-yaml"]');
  return { files, notes };
}
