/** The unit that receives applications from the web when no other unit is known. */
export const DEFAULT_INTAKE_UNIT = 'Beställarenheten äldre, Hägersten-Älvsjö';

/**
 * The unit a citizen's own application goes to. One district runs Omsorg today; when more do,
 * this becomes a lookup by the applicant's district area.
 */
export function intakeUnit(env: Record<string, string | undefined> = process.env): string {
  const configured = env.APPLICATIONS_INTAKE_UNIT?.trim();
  return configured ? configured : DEFAULT_INTAKE_UNIT;
}

/**
 * Where an application that staff register goes, and whether it is urgent. A hospital discharge
 * notice is urgent and goes to the intake group ("mottagningsgruppen", 002 L124): the unit that
 * receives applications (`intakeUnit`). Anything else goes to the registering staff member's own
 * unit, urgent only when they say so.
 */
export function registeredIntake(
  channel: 'PHONE' | 'PAPER' | 'CONTACT_CENTRE' | 'HOSPITAL_DISCHARGE',
  registrarUnit: string,
  markedUrgent: boolean,
  env: Record<string, string | undefined> = process.env,
): { unit: string; urgent: boolean } {
  if (channel === 'HOSPITAL_DISCHARGE') return { unit: intakeUnit(env), urgent: true };
  return { unit: registrarUnit, urgent: markedUrgent };
}
