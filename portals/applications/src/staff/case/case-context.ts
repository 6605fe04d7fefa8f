import { inject, provide, type InjectionKey, type ShallowRef } from 'vue';
import type { StaffCaseFieldsFragment } from '../../generated/graphql.ts';
import type { CaseApplication, CaseSupport } from './case-data.ts';

/** What every step of a case shares: the case as last read, and a way to read it again. */
export interface CaseContext {
  application: ShallowRef<CaseApplication | null>;
  support: ShallowRef<CaseSupport | null>;
  /** Reads the case again (new version, new timeline); the steps' forms keep what was typed. */
  reload: () => Promise<void>;
  /** Takes a case returned by a mutation as the newest. */
  replace: (application: StaffCaseFieldsFragment) => void;
}

const key: InjectionKey<CaseContext> = Symbol('applications-staff-case');

export function provideCase(context: CaseContext): void {
  provide(key, context);
}

export function useCase(): CaseContext & { current: () => CaseApplication } {
  const context = inject(key);
  if (!context) throw new Error('useCase() outside a case page');
  return {
    ...context,
    current: () => {
      const application = context.application.value;
      if (!application) throw new Error('The case is not loaded');
      return application;
    },
  };
}
