import { describe, expect, it } from 'vitest';
import { LAZY_BY_DESIGN } from './preload-critical.ts';

describe('what the shells never preload', () => {
  it('is the charts: BarChart and chart.js with its colour library', () => {
    expect(LAZY_BY_DESIGN.test('/repo/portals/ui/src/components/charts/BarChart.vue')).toBe(true);
    expect(LAZY_BY_DESIGN.test('/repo/node_modules/.pnpm/chart.js@4.6.1/node_modules/chart.js/dist/chart.js')).toBe(true);
    expect(LAZY_BY_DESIGN.test('/repo/node_modules/.pnpm/@kurkle+color@0.3.4/node_modules/@kurkle/color/dist/color.esm.js')).toBe(true);
  });

  it('is not the rest of @omsorg/ui or the start-up libraries', () => {
    expect(LAZY_BY_DESIGN.test('/repo/portals/ui/src/components/UiTextField.vue')).toBe(false);
    expect(LAZY_BY_DESIGN.test('/repo/node_modules/.pnpm/vue@3.5.45/node_modules/vue/dist/vue.runtime.esm-bundler.js')).toBe(false);
    expect(LAZY_BY_DESIGN.test('/repo/portals/feedback/src/staff/statistics/chart-labels.ts')).toBe(false);
  });
});
