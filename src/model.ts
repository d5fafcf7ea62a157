// The domain as plain data. Documents (`*Doc`) are what the YAML files say, after schema
// validation; everything else is derived by the pipeline: load → check → resolve → score.

export type Level = 'company' | 'department' | 'team' | 'individual';
export const LEVELS: readonly Level[] = ['company', 'department', 'team', 'individual'];
/** Rank of a level: lower is higher in the organisation. */
export const LEVEL_RANK: Record<Level, number> = { company: 0, department: 1, team: 2, individual: 3 };

export type UnitStatus = 'draft' | 'shared' | 'committed' | 'closed';
export type ObjectiveType = 'aspirational' | 'committed';
export type KeyResultType = 'metric' | 'milestone' | 'binary' | 'baseline' | 'maintain' | 'rollup';
export type Decision = 'keep' | 'modify' | 'remove';

// ---------------------------------------------------------------- okr.config.yaml

export interface CycleDoc {
  id: string;
  start: string; // YYYY-MM-DD
  end: string;
  postBy?: string;
  midpoint?: string;
  retroBy?: string;
}

export interface PersonDoc {
  name?: string;
  email?: string;
  github?: string;
}

export interface RolesDoc {
  sponsor?: string;
  programOwner?: string;
  coordinator?: string;
  coaches?: string[];
  externalCoaches?: string[];
}

export interface ScoringConfig {
  bands: { yellow: number; green: number };
  aspirationalGoal: number;
  committedGoal: number;
  atRiskMargin: number;
  offTrackMargin: number;
}

export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'warn' | 'off';
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface ConfigDoc {
  version: 1;
  organization: string;
  okrsDir?: string;
  cycles: CycleDoc[];
  /** The registry, or the path of a YAML or CSV file holding it (SPEC 11). */
  people?: Record<string, PersonDoc> | string;
  roles?: RolesDoc;
  themes?: string[];
  scoring?: Partial<Omit<ScoringConfig, 'bands'>> & { bands?: Partial<ScoringConfig['bands']> };
  checkins?: { everyDays?: number };
  rules?: Record<string, RuleSetting>;
  /** Where key results read their values (SPEC 8), by source name. */
  sources?: Record<string, SourceDoc>;
  /** Where reminders and reports go with --send and --post (SPEC 9). */
  notify?: NotifyDoc;
}

/**
 * `notify:` in okr.config.yaml. String values may hold `$NAME` or `${NAME}` references to the
 * environment, resolved only when a mail is sent or a post made.
 */
export interface NotifyDoc {
  smtp?: SmtpDoc;
  webhooks?: Record<string, WebhookDoc>;
}

export interface SmtpDoc {
  host: string;
  port?: number;
  /** TLS from the first byte; otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  password?: string;
  /** An address or `Name <address>`; default: the coordinator. */
  from?: string;
}

export type WebhookKind = 'slack' | 'teams' | 'json';

export interface WebhookDoc {
  kind: WebhookKind;
  url: string;
}

/** The kinds of source a config names; `command` sources live on the key result alone. */
export type ConfigSourceKind = 'postgres' | 'http' | 'github';

/**
 * A source in okr.config.yaml. String values may hold `$NAME` (the whole value) or `${NAME}`
 * references to the environment, resolved only when the source is read.
 */
export interface SourceDoc {
  kind: ConfigSourceKind;
  /** postgres: the connection URL; http: the base URL that a key result's `path` is appended to. */
  url?: string;
  /** http: request headers. */
  headers?: Record<string, string>;
  /** github: the API token. */
  token?: string;
  /** github: the API's base URL (GitHub Enterprise Server); default GITHUB_API_URL, else api.github.com. */
  api?: string;
}

/** The config with every default filled in. */
export interface Config {
  organization: string;
  okrsDir: string;
  cycles: CycleDoc[];
  people?: Record<string, PersonDoc>;
  roles: RolesDoc;
  themes?: string[];
  scoring: ScoringConfig;
  checkins: { everyDays: number };
  rules: Record<string, RuleSetting>;
  sources?: Record<string, SourceDoc>;
  notify?: NotifyDoc;
}

export const DEFAULT_SCORING: ScoringConfig = {
  bands: { yellow: 0.4, green: 0.7 },
  aspirationalGoal: 0.7,
  committedGoal: 1.0,
  atRiskMargin: 0.1,
  offTrackMargin: 0.25,
};

// ---------------------------------------------------------------- okrs/<cycle>/<unit>.yaml

export interface MilestoneDoc {
  title: string;
  done?: boolean;
  weight?: number;
}

export interface KeyResultDoc {
  id: string;
  title: string;
  lead?: string;
  contributors?: string[];
  type?: KeyResultType;
  start?: number;
  target?: number;
  current?: number;
  unit?: string;
  commit?: number;
  stretch?: number;
  min?: number;
  max?: number;
  milestones?: MilestoneDoc[];
  done?: boolean;
  score?: number;
  status?: 'active' | 'dropped';
  confidence?: number;
  weight?: number;
  learning?: string;
  decision?: Decision;
  source?: KeyResultSourceDoc;
}

/** Where a key result's value comes from: a source of the config (`from`), or a `command`. */
export interface KeyResultSourceDoc {
  from?: string;
  /** postgres: the SQL query; its one value is the KR's value. */
  query?: string;
  /** http: appended to the source's url. */
  path?: string;
  /** http: an RFC 9535 JSONPath that must select exactly one value. */
  select?: string;
  /** github: an issue search; its total_count is the value. */
  search?: string;
  /** A program and its arguments, run from the repository root without a shell. */
  command?: string;
}

export interface ObjectiveDoc {
  id: string;
  title: string;
  description?: string;
  theme?: string;
  type?: ObjectiveType;
  alignsTo?: string | string[];
  standalone?: string;
  weight?: number;
  keyResults: KeyResultDoc[];
}

export interface HealthMetricDoc {
  id: string;
  title: string;
  current?: number;
  min?: number;
  max?: number;
  unit?: string;
}

export interface UnitDoc {
  cycle: string;
  unit: string;
  name?: string;
  level: Level;
  parent?: string;
  lead?: string;
  members?: string[];
  status?: UnitStatus;
  objectives: ObjectiveDoc[];
  healthMetrics?: HealthMetricDoc[];
  retro?: { learnings?: string; summary?: string };
}

// ---------------------------------------------------------------- diagnostics

/** A JSON path inside a document: keys and array indexes. */
export type DocPath = (string | number)[];

export interface Diagnostic {
  /** Path of the file relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  /** JSON path inside the document, as a dotted string (`objectives[0].keyResults[1].lead`). */
  path: string;
}

/**
 * A diagnostic before it has a position. Positions are costly (they need a full CST parse),
 * so they are computed only for the files that have something to report.
 */
export interface Finding {
  file: string;
  path: DocPath;
  /** Point at the key of the map entry rather than at its value. */
  atKey?: boolean;
  /** A position known without the document (YAML syntax errors, bad bytes). */
  position?: { line: number; column: number; endLine?: number; endColumn?: number };
  severity: Severity;
  rule: string;
  message: string;
}

// ---------------------------------------------------------------- the loaded repository

/**
 * Where every node of a parsed document is written (src/load/yaml/node-spans.ts records it),
 * in document order: node i's offsets and nesting depth.
 */
export interface NodeSpans {
  /** Offset where node i opens (possibly before the space that separates it from its key). */
  starts: Int32Array;
  /** Offset just past node i (possibly after trailing spaces). */
  ends: Int32Array;
  /** Nesting depth of node i: 1 for the document's root node. */
  depths: Uint8Array;
}

export interface SourceFile {
  /** Absolute path. */
  absPath: string;
  /** Relative to the repository root, forward slashes. */
  file: string;
  /** Decoded text, BOM removed. */
  text: string;
  /** Where each node is written, recorded when the text was parsed (for locating findings). */
  spans?: NodeSpans;
  /** The document the text parsed to, which the spans describe. */
  data?: unknown;
  /** Instead of text and spans: the positions of a skeleton's reference paths (load/skeleton.ts). */
  positions?: Int32Array;
}

export interface LoadedUnit {
  /** Relative to the repository root, forward slashes. */
  file: string;
  absPath: string;
  /** The file stem, which must equal `doc.unit`. */
  stem: string;
  /** The cycle folder the file sits in. */
  folder: string;
  doc: UnitDoc;
}
