import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { modeline, yamlString } from '../../src/init/yaml-text.js';

describe('YAML text for templates', () => {
  it.each([
    ['Acme Corp', 'Acme Corp'],
    ['Acme, Inc.', 'Acme, Inc.'],
    ['Kai Müller', 'Kai Müller'],
    ['yes', '"yes"'],
    ['2026', '"2026"'],
    ['Acme: the company', '"Acme: the company"'],
    ['#1 Corp', '"#1 Corp"'],
    ['O\'Brien & Sons', 'O\'Brien & Sons'],
    ['Quote "this"', '"Quote \\"this\\""'],
  ])('writes %j as %s, which reads back the same', (text, written) => {
    expect(yamlString(text)).toBe(written);
    expect(parse(`key: ${yamlString(text)}`)).toEqual({ key: text });
  });

  it('quotes a comma inside a flow mapping', () => {
    expect(yamlString('Ng, Alice', true)).toBe('"Ng, Alice"');
    expect(parse(`p: { name: ${yamlString('Ng, Alice', true)}, email: a@b.example }`)).toEqual({ p: { name: 'Ng, Alice', email: 'a@b.example' } });
  });

  it('points modelines at the repository\'s schema copy, relative to each file', () => {
    expect(modeline('config', 'okr.config.yaml')).toBe('# yaml-language-server: $schema=.okr/schemas/config.schema.json');
    expect(modeline('unit', 'okrs/2026-Q4/company.yaml')).toBe('# yaml-language-server: $schema=../../.okr/schemas/unit.schema.json');
    expect(modeline('unit', 'okrs/2026-Q4/people/jade.yaml')).toBe('# yaml-language-server: $schema=../../../.okr/schemas/unit.schema.json');
  });
});
