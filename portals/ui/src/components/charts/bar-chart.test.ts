import { describe, expect, it } from 'vitest';
import { barValueLabel, chartHeight, labelLines, paintTile, seriesColour, seriesPattern, type BarPattern } from './bar-chart.ts';

describe('bar chart series', () => {
  it('fills the series solid, striped and dotted in turn, so no two neighbours differ by colour alone', () => {
    expect([0, 1, 2, 3].map((index) => seriesPattern({}, index))).toEqual(['solid', 'stripes', 'dots', 'solid']);
    expect([0, 1, 2].map(seriesColour)).toEqual(['#0a3d7a', '#9a4a00', '#555555']);
  });

  it("keeps a series' own pattern", () => {
    expect(seriesPattern({ pattern: 'across' }, 2)).toBe('across');
    expect(seriesPattern({ pattern: 'solid' }, 1)).toBe('solid');
  });

  it('paints a solid tile plain and the others with white on the colour', () => {
    const paint = (pattern: BarPattern) => {
      const calls: string[] = [];
      const g = { fillStyle: '', strokeStyle: '', lineWidth: 1, fillRect: () => calls.push('fillRect'), beginPath: () => {}, moveTo: () => calls.push('moveTo'), lineTo: () => {}, arc: () => calls.push('arc'), fill: () => calls.push('fill'), stroke: () => calls.push('stroke') };
      paintTile(g as never, '#9a4a00', pattern);
      return { calls, fillStyle: g.fillStyle };
    };
    expect(paint('solid')).toEqual({ calls: ['fillRect'], fillStyle: '#9a4a00' });
    expect(paint('stripes').calls).toEqual(['fillRect', 'moveTo', 'moveTo', 'moveTo', 'stroke']);
    expect(paint('across').calls).toEqual(['fillRect', 'moveTo', 'stroke']);
    expect(paint('dots')).toEqual({ calls: ['fillRect', 'arc', 'fill'], fillStyle: '#ffffff' });
  });
});

describe('bar chart labels', () => {
  it('writes the values with a decimal comma and the suffix', () => {
    expect(barValueLabel(66.7, { suffix: ' %' })).toBe('66,7 %');
    expect(barValueLabel(12)).toBe('12');
    expect(barValueLabel(0)).toBe('0');
  });

  it('writes a dash where there is no figure', () => {
    expect(barValueLabel(null, { suffix: ' %' })).toBe('–');
    expect(barValueLabel(undefined)).toBe('–');
    expect(barValueLabel(Number.NaN)).toBe('–');
  });

  it("uses the page's own format when it gives one", () => {
    expect(barValueLabel(1234.5, { format: (value) => `${value.toFixed(0)} st`, suffix: ' %' })).toBe('1235 st');
  });

  it('puts each word of a name on a line of its own', () => {
    expect(labelLines('Fått  kallelse')).toEqual(['Fått', 'kallelse']);
    expect(labelLines('Bokat')).toEqual(['Bokat']);
  });

  it('gives every bar about a line, and a small chart at least 12rem', () => {
    expect(chartHeight(1, 1)).toBe('12rem');
    expect(chartHeight(10, 3)).toBe('39rem');
  });
});
