// The registry of source kinds: one module each, behind the one SourceKind interface.

import { command } from './command.js';
import { github } from './github.js';
import { http } from './http.js';
import type { SourceKindName } from './kind-fields.js';
import { postgres } from './postgres.js';
import type { SourceKind } from './source-kind.js';

export const SOURCE_KINDS: Record<SourceKindName, SourceKind> = { postgres, http, github, command };
