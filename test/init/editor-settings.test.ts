import { describe, expect, it } from 'vitest';
import { mergeExtensions, mergeSettings } from '../../src/init/editor-settings.js';

describe('VS Code settings', () => {
  it('map the config and the unit files to the copied schemas', () => {
    expect(mergeSettings(undefined, '')).toEqual({ text: `${JSON.stringify({
      'yaml.schemas': { './.okr/schemas/config.schema.json': 'okr.config.yaml', './.okr/schemas/unit.schema.json': 'okrs/**/*.yaml' },
    }, null, 2)}\n` });
  });

  it('name the OKR folder when it sits below the repository top', () => {
    const merged = mergeSettings(undefined, 'okrs-repo');
    expect('text' in merged && JSON.parse(merged.text)['yaml.schemas']).toEqual({
      './okrs-repo/.okr/schemas/config.schema.json': 'okrs-repo/okr.config.yaml',
      './okrs-repo/.okr/schemas/unit.schema.json': 'okrs-repo/okrs/**/*.yaml',
    });
  });

  it('keep the settings that are there', () => {
    const existing = JSON.stringify({ 'editor.tabSize': 2, 'yaml.schemas': { 'other.json': '*.yml' } });
    const merged = mergeSettings(existing, '');
    expect('text' in merged && JSON.parse(merged.text)).toEqual({
      'editor.tabSize': 2,
      'yaml.schemas': { 'other.json': '*.yml', './.okr/schemas/config.schema.json': 'okr.config.yaml', './.okr/schemas/unit.schema.json': 'okrs/**/*.yaml' },
    });
  });

  it('leave alone a file that is not plain JSON', () => {
    expect(mergeSettings('{\n  // tabs\n  "editor.tabSize": 2,\n}\n', '')).toEqual({ unreadable: true });
    expect(mergeSettings('[1]', '')).toEqual({ unreadable: true });
    expect(mergeSettings('{"yaml.schemas": 3}', '')).toEqual({ unreadable: true });
  });

  it('recommend the YAML extension once', () => {
    const merged = mergeExtensions(JSON.stringify({ recommendations: ['dbaeumer.vscode-eslint'] }));
    expect('text' in merged && JSON.parse(merged.text)).toEqual({ recommendations: ['dbaeumer.vscode-eslint', 'redhat.vscode-yaml'] });
    const again = mergeExtensions('text' in merged ? merged.text : '');
    expect(again).toEqual(merged);
    expect(mergeExtensions('{"recommendations": "x"}')).toEqual({ unreadable: true });
  });
});
