// eemeli/yaml, loaded on first use. It is needed only for files that have something to
// report (or that the fast parser cannot vouch for), and importing it costs about as much
// as validating a few hundred clean files, so a clean run never loads it.

import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');

const require = createRequire(import.meta.url);
let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  lib ??= require('yaml') as YamlLib;
  return lib;
}
