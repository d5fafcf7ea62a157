#!/usr/bin/env node
'use strict';
// CommonJS on purpose (bin/package.json): `okr --version`, the commonest call in scripts and
// health checks, answers without starting Node's ES module loader. Everything else runs
// main(argv, io) from dist/, and the bin only sets process.exitCode (never process.exit(),
// which can cut piped output short).

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  // A reader that stops early (`okr history | head`) closes the pipe: stop quietly, as git does.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', (error) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : undefined));
  import('../dist/cli.js')
    .then(({ main }) => main(argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }))
    .then((code) => {
      process.exitCode = code;
    });
}
