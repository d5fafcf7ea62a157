// GitHub workflow commands: what okr means as a command parses back, as the runner parses it,
// to exactly the file and message; every other line of `validate --format github` is no
// command at all, whatever the files hold; the step summary keeps one table row per finding.

import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/escape/visible.js';
import { defuseWorkflowCommands, escapeData, escapeProperty, workflowLogText } from '../../src/escape/workflow-command.js';
import { formatGithub as githubFormatter } from '../../src/format/validate/github.js';
import { formatStepSummary as stepSummaryFormatter } from '../../src/format/validate/step-summary.js';
import { FILE_MEDIUM } from '../../src/terminal/medium.js';
import type { Diagnostic } from '../../src/model.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

/** The runner's reading of one line (actions/runner ActionCommand.TryParseV2, then TryParse). */
function runnerCommand(line: string): { command: string; properties: Record<string, string>; data: string } | null {
  // .NET's TrimStart: Unicode white space, which includes U+001C–U+001F and U+0085.
  // eslint-disable-next-line no-control-regex
  const message = line.replace(/^[\s\x1c-\x1f\x85]+/, '');
  if (message.startsWith('::')) {
    const end = message.indexOf('::', 2);
    if (end < 0) return null;
    const info = message.slice(2, end);
    const space = info.indexOf(' ');
    const command = space < 0 ? info : info.slice(0, space);
    const properties: Record<string, string> = {};
    if (space > 0) {
      for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
        const at = pair.indexOf('=');
        if (at > 0) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
      }
    }
    return { command, properties, data: unescapeData(message.slice(end + 2)) };
  }
  const legacy = line.indexOf('##[');
  if (legacy >= 0 && line.indexOf(']', legacy) >= 0) return { command: 'legacy', properties: {}, data: line };
  return null;
}
const unescapeData = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

const formatGithub = (diagnostics: Diagnostic[]) => githubFormatter({ diagnostics, files: 1 }, FILE_MEDIUM);
const formatStepSummary = (diagnostics: Diagnostic[]) => stepSummaryFormatter({ diagnostics, files: 1 }, FILE_MEDIUM);

/** The runner splits a step's output at CR and LF. */
const lines = (text: string) => text.replace(/\n$/, '').split(/\r\n|\r|\n/);

const finding = (file: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file, line: 3, column: 5, endLine: 3, endColumn: 9, severity, rule: 'schema', message, path: '',
});

function checkGithubOutput(text: string): void {
  const diagnostics = [finding(`okrs/2026-Q4/${text}.yaml`, `Unknown key '${text}'`), finding(text, text, 'warning')];
  const out = lines(formatGithub(diagnostics));
  // Two annotations, two plain lines, the summary: nothing added, nothing split.
  expect(out).toHaveLength(5);
  const commands = out.map(runnerCommand);
  expect(commands.slice(2)).toEqual([null, null, null]);
  // The file as the runner reads it: the path, its control characters shown (as in the message).
  expect(commands[0]).toMatchObject({ command: 'error', properties: { file: showControls(diagnostics[0].file, '\n'), line: '3', col: '5', title: 'okr schema' } });
  expect(commands[1]).toMatchObject({ command: 'warning', properties: { file: showControls(text, '\n') } });
  // The message is the finding's, its control characters shown (line breaks kept as %0A).
  expect(commands[0]!.data).toBe(showControls(diagnostics[0].message, '\n'));

  // The step summary: a header, a separator and one row of five cells per finding.
  const tokens = new MarkdownIt().parse(formatStepSummary(diagnostics), {});
  expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(3);
  expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(10);
}

describe('validate --format github', () => {
  for (const { name, text } of HOSTILE) it(`only okr's annotations are commands: ${name}`, () => checkGithubOutput(text));

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => checkGithubOutput(text)), FC_PARAMS);
  });

  it('a YAML key with a newline: the attacker lines stay inside one plain line', () => {
    const out = formatGithub([finding('okrs/2026-Q4/x.yaml', "Unknown key 'x\n::add-mask::secret\n::error file=README.md,line=1::pwned'")]);
    expect(out).toBe([
      "::error file=okrs/2026-Q4/x.yaml,line=3,col=5,endLine=3,endColumn=9,title=okr schema::Unknown key 'x%0A::add-mask::secret%0A::error file=README.md,line=1::pwned'",
      "okrs/2026-Q4/x.yaml:3:5: error Unknown key 'x␊::add-mask::secret␊::error file=README.md,line=1::pwned' (schema)",
      'okr: 1 error, 0 warnings',
      '',
    ].join('\n'));
  });
});

describe('the escapes themselves', () => {
  it('escapeData and escapeProperty are undone exactly by the runner (property)', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(unescapeData(escapeData(text))).toBe(text);
      expect(unescapeProperty(escapeProperty(text))).toBe(text);
      expect(escapeProperty(text)).not.toMatch(/[\r\n:,]/);
    }), FC_PARAMS);
  });

  it('defuseWorkflowCommands leaves no line a command, and workflowLogText no line break (property)', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(lines(defuseWorkflowCommands(text)).map(runnerCommand).filter(Boolean)).toEqual([]);
      expect(lines(workflowLogText(text))).toHaveLength(1);
    }), FC_PARAMS);
  });
});
