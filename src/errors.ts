// The two ways out of a command besides success: a usage/configuration error (exit 2)
// and findings (exit 1, reported by the command itself). Anything else is an internal bug.

/** A mistake in how okr was called or configured: exit 2 with this message, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
