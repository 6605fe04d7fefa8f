/**
 * How each unit is reached by post and phone: its letterhead. A case knows its unit only by
 * name (Application.unit, the staff member's unit from identity), so this small table maps that
 * name to what a letter needs. Maintained by hand: when a unit moves or gets a new number, change
 * it here. A unit missing from the table gets the city's contact centre, so a letter never goes
 * out without a way to answer it.
 */
export type UnitContact = {
  /** Who the letter is from, above the unit's name. */
  organisation: string;
  /** Postal address lines, e.g. ["Box 4", "129 21 Hägersten"]. */
  postalAddress: readonly string[];
  /** The unit's switchboard or reception. */
  phone: string;
};

const STOCKHOLM = 'Stockholms stad';

/** The contact centre "Äldre direkt" answers for every unit. */
/** Stockholm's contact centre ("kontaktcenter", Äldre direkt), which answers for every unit. */
export const CONTACT_CENTRE_PHONE = '08-508 00 508';
const CONTACT_CENTRE: Omit<UnitContact, 'organisation'> = { postalAddress: ['Box 8313', '104 20 Stockholm'], phone: CONTACT_CENTRE_PHONE };

const UNIT_CONTACTS: Readonly<Record<string, Omit<UnitContact, 'organisation'>>> = {
  'Beställarenheten äldre, Hägersten-Älvsjö': { postalAddress: ['Box 4', '129 21 Hägersten'], phone: '08-508 22 000' },
  'Beställarenheten äldre, Skärholmen': { postalAddress: ['Box 5', '127 21 Skärholmen'], phone: '08-508 24 000' },
};

/** The unit's letterhead: from the table, or the contact centre's address and number. */
export function unitContact(unit: string): UnitContact {
  return { organisation: STOCKHOLM, ...(UNIT_CONTACTS[unit] ?? CONTACT_CENTRE) };
}
