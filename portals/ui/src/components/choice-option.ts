export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}
