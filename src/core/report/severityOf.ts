const SEVERITY_BY_TAG: Readonly<Record<string, number>> = {
  critical: 3,
  high: 2,
  severe: 2,
  medium: 1,
  moderate: 1,
};

/** The highest severity among the tags (case-insensitive, a leading "#" ignored); 0 without one. */
export function severityOf(tags: readonly string[]): number {
  let severity = 0;
  for (const tag of tags) {
    const key = tag.trim().toLowerCase().replace(/^#/u, '');
    severity = Math.max(severity, SEVERITY_BY_TAG[key] ?? 0);
  }
  return severity;
}
