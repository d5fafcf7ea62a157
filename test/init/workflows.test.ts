// The workflows okr init writes, checked against GitHub's workflow schema (SchemaStore's, which
// @action-validator/core carries and applies offline), and read for what they must do: the
// pull-request check, and the scheduled sync that pushes its commit.

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syncWorkflowYaml } from '../../src/init/sync-workflow.js';
import { workflowYaml } from '../../src/init/templates.js';

const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as { validateWorkflow(text: string): { errors: unknown[] } };

describe.each([['at the top', ''], ['in a folder', 'goals']])('the workflows of okr init, OKRs %s', (_, dir) => {
  it.each([['okr.yml', workflowYaml(dir)], ['okr-sync.yml', syncWorkflowYaml(dir)]])('%s passes GitHub\'s workflow schema', (_name, text) => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it('okr-sync.yml runs okr sync weekly and on demand, and pushes its commit', () => {
    const workflow = parse(syncWorkflowYaml(dir));
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.on.schedule).toEqual([{ cron: '17 6 * * 1' }]);
    expect(workflow.permissions).toEqual({ contents: 'write' });
    const steps = workflow.jobs.sync.steps;
    const sync = steps.find((step: { run?: string }) => step.run?.includes('okr-cli@0 sync'));
    expect(sync.env).toEqual({ GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
    expect(sync['working-directory']).toBe(dir || undefined);
    // Secrets arrive as environment variables, never pasted into the script.
    expect(sync.run).not.toContain('${{');
    const push = steps.at(-1);
    expect(push.if).toBe('${{ !cancelled() }}');
    expect(push.run).toContain('git push');
  });
});

it('the schema check can fail: a workflow with a misspelt key does not pass', () => {
  expect(validateWorkflow(syncWorkflowYaml('').replace('runs-on:', 'run-on:')).errors.length).toBeGreaterThan(0);
  expect(validateWorkflow(workflowYaml('').replace('permissions:', 'permission:')).errors.length).toBeGreaterThan(0);
});
