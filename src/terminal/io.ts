// What a command may touch of the outside world, passed in so that every command can run
// in-process in tests with captured streams.

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Options every command accepts (SPEC 5). */
export interface GlobalOptions {
  dir?: string;
  config?: string;
  cycle?: string;
  asOf?: string;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
