/**
 * An edit that cannot be made without harming the file: a path that leads nowhere, a value
 * YAML cannot hold, or a result that would read back differently. The text is never touched.
 */
export class EditError extends Error {
  override name = 'EditError';
}
