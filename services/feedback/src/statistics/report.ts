import type { CsvCell } from '@omsorg/platform';
import type { FeedbackSource, FeedbackSubject, FeedbackTarget, FeedbackType } from '../domain/categories.ts';
import { DIMENSION_CATEGORIES, type FeedbackStatistics, type GenderCounts, type PeriodOutcome, type StatisticsDimension } from './statistics.ts';

/**
 * The statistics in the shape of the annual reports' table (seeds 002 L541–566): "Uppdelning",
 * "Klagomål/synpunkter/kategorier", then the outcome of T1, T2, VB and the year. The CSV and the
 * XLSX both write these tables, so they cannot differ. Swedish, as the reports are.
 */
export const REPORT_HEADER = ['Uppdelning', 'Klagomål/synpunkter/kategorier', 'Utfall T1', 'Utfall T2', 'Utfall VB', 'Totalt ack. Utfall'] as const;

const PERIOD_HEADINGS = ['T1', 'T2', 'VB', 'Totalt ack.'] as const;
export const GENDER_HEADER = [
  'Uppdelning',
  'Klagomål/synpunkter/kategorier',
  ...PERIOD_HEADINGS.flatMap((period) => [`${period} kvinnor`, `${period} män`, `${period} okänt`]),
] as const;

const TYPE_LABELS: Record<FeedbackType, string> = { COMPLAINT: 'Klagomål', SUGGESTION: 'Synpunkt/förslag', PRAISE: 'Beröm', QUESTION: 'Fråga/idé' };
const SOURCE_LABELS: Record<FeedbackSource, string> = {
  OTHER_UNKNOWN: 'Annan (t.ex. okänd)',
  USER: 'Brukare/patient',
  STAFF: 'Medarbetare/verksamhet inom förvaltningen',
  RELATIVE: 'Närstående (anhörig, god man, etc.)',
  PATIENT_BOARD: 'Patientnämnden',
  PARTNER: 'Samverkanspart (ex annan förvaltning, Region Stockholm, Polis)',
};
const SUBJECT_LABELS: Record<FeedbackSubject, string> = {
  OTHER: 'Annat',
  STAFFING: 'Bemanning (Kontinuitet, vikarieanskaffning)',
  TREATMENT: 'Bemötande',
  DECISION: 'Beslut (missnöje, avsaknad av beslut, ej kommunicerat etc.)',
  INFORMATION: 'Brister i information (utebliven info, obegriplig info, etc.)',
  ROUTINES: 'Brister i rutiner/utförande av insats eller verksamhet',
  QUESTION_IDEA: 'Fråga/idé',
  PHYSICAL_ENVIRONMENT: 'Fysisk inne- eller utemiljö (ej städad, avsaknad av material etc.)',
  PERSONAL_DATA: 'Hantering av personuppgifter',
  COMPETENCE: 'Kompetens',
  TECHNOLOGY: 'Teknik, verksamhetsystem och IT-relaterade frågor',
  ACCESSIBILITY: 'Tillgänglighet (öppettider, telefontider, fysisk miljö)',
  MISSED_OR_DELAYED_SERVICE: 'Utebliven/försenad insats eller aktivitet',
};
const TARGET_LABELS: Record<FeedbackTarget, string> = {
  UNIT: 'Den egna enheten',
  HOME_CARE_PROVIDER: 'Hemtjänstutförare',
  NURSING_HOME: 'Vård- och omsorgsboende',
  TRANSPORT: 'Transport (färdtjänst, turbundna resor)',
  REGION: 'Region Stockholm',
};

const SECTIONS: { dimension: StatisticsDimension; heading: string; labels: Record<string, string>; skip?: string }[] = [
  { dimension: 'TYPE', heading: 'Typ av synpunkt', labels: TYPE_LABELS, skip: 'PRAISE' },
  { dimension: 'SOURCE', heading: 'Från vem har klagomål, synpunkt eller avvikelser inkommit?', labels: SOURCE_LABELS },
  { dimension: 'SUBJECT', heading: 'Vad gällde klagomålet, synpunkten eller avvikelser?', labels: SUBJECT_LABELS },
  { dimension: 'TARGET', heading: 'Mot vem riktades klagomålet eller synpunkten?', labels: TARGET_LABELS },
];

const OUTCOME_ROWS: { heading: string; label: string; value: (outcome: PeriodOutcome) => number | null; counts?: (outcome: PeriodOutcome) => GenderCounts }[] = [
  { heading: 'Varav antal avvikelser som lett till', label: 'Lex Sarah', value: (o) => o.lexSarah.total, counts: (o) => o.lexSarah },
  { heading: 'Återkoppling', label: 'Antal klagomål där återkoppling har lämnats', value: (o) => o.answered.total, counts: (o) => o.answered },
  { heading: 'Återkoppling', label: 'Andel klagomål där återkoppling har lämnats (%)', value: (o) => o.answeredShare },
  { heading: 'Åtgärder', label: 'Antal klagomål där åtgärder vidtagits', value: (o) => o.actionTaken.total, counts: (o) => o.actionTaken },
  { heading: 'Åtgärder', label: 'Andel klagomål där åtgärder vidtagits (%)', value: (o) => o.actionShare },
  { heading: 'Tid till återkoppling', label: 'Median, dagar från inkommet till första återkoppling', value: (o) => o.answerDaysMedian },
  { heading: 'Tid till återkoppling', label: 'Medelvärde, dagar från inkommet till första återkoppling', value: (o) => o.answerDaysMean },
];

export type ReportTable = { title: string; header: readonly string[]; rows: CsvCell[][] };

/** The report's title, e.g. "Redovisning av synpunkter och klagomål 2026, Hägersten-Älvsjö". */
export function reportTitle(statistics: FeedbackStatistics): string {
  return `Redovisning av synpunkter och klagomål ${statistics.year}${statistics.unit ? `, ${statistics.unit}` : ''}`;
}

function categoryRows(statistics: FeedbackStatistics, cells: (periods: GenderCounts[]) => CsvCell[]): CsvCell[][] {
  const find = (dimension: StatisticsDimension, category: string) =>
    statistics.categories.find((row) => row.dimension === dimension && row.category === category)?.periods ?? [];
  const rows: CsvCell[][] = [['Beröm', 'Antal beröm', ...cells(find('TYPE', 'PRAISE'))]];
  for (const section of SECTIONS) {
    DIMENSION_CATEGORIES[section.dimension]
      .filter((category) => category !== section.skip)
      .forEach((category, index) => rows.push([index === 0 ? section.heading : '', section.labels[category] ?? category, ...cells(find(section.dimension, category))]));
  }
  return rows;
}

/** The report's table: one number per period (all genders). */
export function reportTable(statistics: FeedbackStatistics): ReportTable {
  const rows = categoryRows(statistics, (periods) => periods.map((counts) => counts.total));
  OUTCOME_ROWS.forEach((row, index) =>
    rows.push([OUTCOME_ROWS[index - 1]?.heading === row.heading ? '' : row.heading, row.label, ...statistics.outcomes.map(row.value)]),
  );
  return { title: reportTitle(statistics), header: REPORT_HEADER, rows };
}

/** The same counts split by the sender's gender: women, men and unknown per period. */
export function genderTable(statistics: FeedbackStatistics): ReportTable {
  const split = (periods: GenderCounts[]) => periods.flatMap((counts) => [counts.women, counts.men, counts.unknown]);
  const rows = categoryRows(statistics, split);
  OUTCOME_ROWS.forEach((row, index) => {
    if (row.counts) rows.push([OUTCOME_ROWS[index - 1]?.heading === row.heading ? '' : row.heading, row.label, ...split(statistics.outcomes.map(row.counts))]);
  });
  return { title: `${reportTitle(statistics)}, per kön`, header: GENDER_HEADER, rows };
}
