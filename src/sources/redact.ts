// Every reason a source gives passes through here before anyone sees it. Drivers, servers and
// scripts may echo what they were given (a connection URL, a header, the environment), so each
// secret is replaced by *** wherever it appears, also URL-encoded, decoded or JSON-escaped.

export type Redact = (text: string) => string;

export const REDACTED = '***';

export function redactor(secrets: Iterable<string>): Redact {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(JSON.stringify(secret).slice(1, -1));
    try {
      forms.add(decodeURIComponent(secret));
    } catch {
      // Not URL-encoded: the raw form is enough.
    }
  }
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...forms].filter((form) => form !== '').sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((out, form) => out.split(form).join(REDACTED), text);
}
