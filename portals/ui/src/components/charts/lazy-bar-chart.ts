import { defineAsyncComponent } from 'vue';

/**
 * BarChart as @omsorg/ui exports it: loaded, with chart.js, only when a page first shows a chart.
 * The shell's @omsorg/ui keeps every export (docs/ARCHITECTURE.md "Microfrontends"), so a static
 * export would put chart.js's code on every page, the citizen start page too. Named, so a test
 * can stub it as `BarChart` (the wrapper is otherwise "AsyncComponentWrapper").
 */
export const BarChart = Object.assign(
  defineAsyncComponent(() => import('./BarChart.vue')),
  { name: 'BarChart' },
);
