// Run before every test file (vitest's setupFiles), also when files share a worker's modules.

import { afterAll } from 'vitest';
import { removeTempDirs } from './cli.js';

afterAll(removeTempDirs);
