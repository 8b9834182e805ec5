/**
 * How long a `Retry-After` header asks to wait, in milliseconds: RFC 9110 §10.2.3 allows
 * delay-seconds or an HTTP-date; a date already past asks for no wait. Undefined when the header
 * is absent or neither (then the caller backs off on its own).
 */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // An HTTP-date names its weekday and GMT (IMF-fixdate, or the obsolete RFC 850 / asctime forms).
  if (!/^[A-Za-z]{3}/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
