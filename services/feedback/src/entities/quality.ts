import { CouncilActionSchema, CouncilAgendaItemSchema, CouncilDecisionSchema, CouncilMeetingSchema } from './council.ts';
import { DeviationSchema } from './deviation.ts';
import { LexSarahReportSchema } from './lex-sarah-report.ts';

/** The quality work's entities (lex Sarah, deviations, the council), registered in database.ts. */
export const qualityEntities = [DeviationSchema, LexSarahReportSchema, CouncilMeetingSchema, CouncilAgendaItemSchema, CouncilDecisionSchema, CouncilActionSchema];
