export interface FieldError {
  /** id of the input (for a radio group: of its first radio) */
  field: string;
  message: string;
}
