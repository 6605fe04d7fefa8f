/** A resident's name as staff pages and letters show it: given names, then family name. */
export function residentName(resident: { givenName: string; familyName: string }): string {
  return `${resident.givenName} ${resident.familyName}`;
}
