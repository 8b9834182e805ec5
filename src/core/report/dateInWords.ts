const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * The calendar date of an ISO timestamp as people write it, "2 December 2026" (the date as
 * written, so a UTC timestamp gives the UTC date); null when the text does not start with a date.
 */
export function dateInWords(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/u.exec(iso);
  if (!match) return null;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  const dayNumber = Number(day);
  if (!monthName || dayNumber < 1 || dayNumber > 31) return null;
  return `${dayNumber} ${monthName} ${year}`;
}
