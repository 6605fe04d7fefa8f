import { inject, provide, type InjectionKey, type ShallowRef } from 'vue';
import type { LegalProvision, ServiceTypeInfo, StaffApplication } from '../types.ts';

/** What every step of a case shares: the case as last read, and a way to read it again. */
export interface CaseContext {
  application: ShallowRef<StaffApplication | null>;
  support: ShallowRef<{ serviceCatalogue: ServiceTypeInfo[]; legalProvisions: LegalProvision[] } | null>;
  /** Reads the case again (new version, new timeline); the steps' forms keep what was typed. */
  reload: () => Promise<void>;
  /** Takes a case returned by a mutation as the newest. */
  replace: (application: StaffApplication) => void;
}

const key: InjectionKey<CaseContext> = Symbol('applications-staff-case');

export function provideCase(context: CaseContext): void {
  provide(key, context);
}

export function useCase(): CaseContext & { current: () => StaffApplication } {
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
