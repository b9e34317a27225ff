const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

/** Berlin's offset from UTC in minutes at a moment ("GMT+01:00" → 60). */
function berlinOffsetMinutes(time: number): number {
  const name = offsetFormat.formatToParts(new Date(time)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * A wall-clock time in Berlin as the moment it names (programme booklets and administration systems
 * write local time). Two passes find the offset that applies at that moment, also across the change
 * to and from summer time; undefined for a date that does not exist (31.02.).
 */
export function berlinMoment(year: number, month: number, day: number, hour: number, minute: number): Date | undefined {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  let time = wall - berlinOffsetMinutes(wall) * 60_000;
  time = wall - berlinOffsetMinutes(time) * 60_000;
  return new Date(time);
}
