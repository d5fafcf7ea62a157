#!/usr/bin/env node
import { main } from '../dist/cli.js';

// A reader that stops early (`okr history | head`) closes the pipe: stop quietly, as git does.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (error) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : undefined));
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
