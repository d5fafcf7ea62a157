// Run before every test file (vitest's setupFiles), also when files share a worker's modules.

import { afterAll } from 'vitest';
import { removeTempDirs } from './cli.js';
import { recordCpuPerFile } from './cpu-per-file.js';

afterAll(removeTempDirs);
if (process.env.OKR_TEST_CPU_LOG) recordCpuPerFile(process.env.OKR_TEST_CPU_LOG);
