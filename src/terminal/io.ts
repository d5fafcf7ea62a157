// What a command may touch of the outside world, passed in so that every command can run
// in-process in tests with captured streams.

export interface OutputStream {
  /** false: the stream's buffer is full, and 'drain' says when it takes more (Node's streams). */
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  /** Closed for good (Node's streams): nothing more can be written. */
  destroyed?: boolean;
  once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  removeListener?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
}

export interface InputStream extends AsyncIterable<string | Uint8Array> {
  isTTY?: boolean;
}

export interface Io {
  /** Standard input: read by `--from -`, and by prompts when it is a terminal. */
  stdin?: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Options every command accepts (SPEC 5). */
export interface GlobalOptions {
  config?: string;
  cycle?: string;
  asOf?: string;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** Prompts only where a person can answer: both ends of the conversation are a terminal. */
export function isInteractive(io: Io): boolean {
  return io.stdin?.isTTY === true && io.stdout.isTTY === true;
}

export async function readAll(stream: InputStream): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
