// Progress for long work (large repositories, long histories): one line on stderr, a spinner
// and the phase under way, rewritten in place and cleared when the work is done, so that
// nothing of it stays in the terminal or reaches a file. Only where a person watches: stderr
// is a terminal, not -q, and the terminal can move its cursor (not TERM=dumb). Otherwise
// every call does nothing.

import type { Io, OutputStream } from './io.js';

export interface Progress {
  /** Says what is being done now (replacing the previous phase). */
  phase(label: string): Progress;
  /** Clears the line. Call it at the end, and before an error is printed. */
  done(): void;
  /**
   * Stderr for whatever else is said while progress shows (warnings, notes): a write clears
   * the progress line first and draws it again after, so that neither garbles the other.
   */
  stderr: OutputStream;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const INTERVAL_MS = 80;
/** Erase the whole line and return to its start. */
const CLEAR = '\r\x1b[2K';

/** Progress that shows nothing; other messages go straight to stderr. */
function silent(stderr: OutputStream): Progress {
  const reporter: Progress = { phase: () => reporter, done() {}, stderr };
  return reporter;
}

export function progress(io: Pick<Io, 'stderr' | 'env'>, options: { quiet?: boolean } = {}): Progress {
  if (io.stderr.isTTY !== true || options.quiet === true || io.env.TERM === 'dumb') return silent(io.stderr);
  let label = '';
  let frame = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = () => {
    io.stderr.write(`${CLEAR}${FRAMES[frame]} ${label}…`);
    frame = (frame + 1) % FRAMES.length;
  };
  const reporter: Progress = {
    phase(next) {
      label = next;
      draw();
      if (timer === undefined) {
        timer = setInterval(draw, INTERVAL_MS);
        // The spinner never keeps the process alive on its own.
        timer.unref?.();
      }
      return reporter;
    },
    done() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      if (label !== '') io.stderr.write(CLEAR);
      label = '';
    },
    stderr: {
      isTTY: io.stderr.isTTY,
      columns: io.stderr.columns,
      write(chunk: string) {
        if (label === '') return io.stderr.write(chunk);
        io.stderr.write(CLEAR);
        const written = io.stderr.write(chunk);
        draw();
        return written;
      },
    },
  };
  return reporter;
}
