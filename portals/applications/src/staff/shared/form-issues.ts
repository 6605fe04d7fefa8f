/**
 * A form's problems by logical field name ("validFrom"), before they are turned into the
 * design system's FieldError (element id and text). Pure, so the rules can be tested.
 */
export interface FormIssue {
  field: string;
  /** Message key under applications.staff. */
  key: string;
  params?: Record<string, string | number>;
}

export function required(value: string, field: string, key: string): FormIssue[] {
  return value.trim() ? [] : [{ field, key }];
}

export function maxLength(value: string, max: number, field: string, key = 'validation.tooLong'): FormIssue[] {
  return value.length > max ? [{ field, key, params: { max } }] : [];
}
