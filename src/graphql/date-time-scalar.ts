import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

/**
 * graphql-scalars' `DateTime` (its name, description, input parsing and checks), answering the
 * ISO 8601 text instead of the Date itself. The bytes on the wire are the same, since
 * JSON.stringify writes a Date as its toISOString; but it gets there by calling each Date's
 * toJSON from C++, and the 40 date-times of a 20-row goals read cost 65 µs of the 150 µs its
 * answer took to stringify. Formatted here they cost about 12 µs.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: (value) => isoString(DateTimeResolver.serialize(value) as Date),
});

/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years Date#toISOString writes with four digits. */
const FIRST_MS = -62_167_219_200_000;
const LAST_MS = 253_402_300_799_999;
const DAY_MS = 86_400_000;

/**
 * Date#toISOString, character for character, in a third of its time (V8 formats it in C++
 * through snprintf). Days to a civil date by Howard Hinnant's days_from_civil inverse; years
 * beyond four digits, and invalid dates, are left to toISOString.
 */
export function isoString(date: Date): string {
  const ms = date.getTime();
  if (!(ms >= FIRST_MS && ms <= LAST_MS)) return date.toISOString();
  const days = Math.floor(ms / DAY_MS);
  let inDay = ms - days * DAY_MS;
  // Eras of 400 years from 0000-03-01, so that a leap day ends its year.
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(inDay / 3_600_000);
  inDay -= hours * 3_600_000;
  const minutes = Math.floor(inDay / 60_000);
  inDay -= minutes * 60_000;
  const seconds = Math.floor(inDay / 1000);
  const millis = inDay - seconds * 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z`;
}

const ZEROS = '000';
const pad = (value: number, width: number): string => {
  const text = String(value);
  return text.length >= width ? text : ZEROS.slice(0, width - text.length) + text;
};
