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
