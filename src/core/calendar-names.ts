/**
 * Month and weekday names of the six supported languages, in lower case, with and without accents,
 * and their common abbreviations. Shared by the extractor's date reader (src/core/detect/extract)
 * and the draft writer's weekday reader (src/core/compose/weekday.ts).
 */

/** Index + 1 is the month; each line's names are separated by spaces. */
const MONTHS = [
  'january jan januar jänner janvier janv enero ene janeiro januari',
  'february feb februar février fevrier févr fev febrero fevereiro februari',
  'march mar märz maerz mär mars marzo março marco maart mrt',
  'april apr avril avr abril abr',
  'may mai mayo maio mei',
  'june jun juni juin junio junho',
  'july jul juli juillet juil julio julho',
  'august aug août aout agosto ago augustus',
  'september sep sept septembre septiembre setiembre setembro set',
  'october oct oktober okt octobre octubre outubro out',
  'november nov novembre noviembre novembro',
  'december dec dezember dez décembre decembre déc diciembre dic dezembro',
];

/** Sunday first, as Date#getUTCDay counts. */
const WEEKDAYS = [
  'sunday sun sonntag dimanche domingo zondag',
  'monday mon montag lundi lunes segunda-feira segunda maandag',
  'tuesday tue tues dienstag mardi martes terça-feira terça terca-feira terca dinsdag',
  'wednesday wed weds mittwoch mercredi miércoles miercoles quarta-feira quarta woensdag',
  'thursday thu thur thurs donnerstag jeudi jueves quinta-feira quinta donderdag',
  'friday fri freitag vendredi viernes sexta-feira sexta vrijdag',
  'saturday sat samstag sonnabend samedi sábado sabado zaterdag',
];

const index = (lists: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  lists.forEach((names, i) => {
    for (const n of names.split(' ')) m.set(n, i);
  });
  return m;
};
/** A month's name → its index (0 January). */
export const MONTH_INDEX = index(MONTHS);
/** A weekday's name → its index (0 Sunday). */
export const WEEKDAY_INDEX = index(WEEKDAYS);
