/**
 * The parts of BarChart that need no canvas: the series' colours and fills, the numbers written
 * at the bars' ends, the box's height. Not colour alone (WCAG 1.4.1): the first series is solid,
 * the second striped, the third dotted, unless a series names its own fill.
 */

/** How a series' bars are filled: plain, white diagonal stripes, white dots, or a white bar across. */
export type BarPattern = 'solid' | 'stripes' | 'dots' | 'across';

export type BarSeries = {
  /** The series' name in the legend ("Kvinnor"). */
  name: string;
  /** One value per label; null is no figure, written "–" at zero. */
  values: ReadonlyArray<number | null>;
  pattern?: BarPattern;
};

export type BarChartOptions = {
  /** Bars growing rightwards from the labels at the left (the default: names fit at 320 px), or upwards. */
  horizontal?: boolean;
  /** The value axis' end (100 for shares); else chart.js chooses. */
  max?: number;
  /** A value as written at its bar's end; else with a decimal comma and `suffix`. */
  format?: (value: number) => string;
  /** Written after each value when there is no `format` (" %"). */
  suffix?: string;
  /** The box's CSS height; else about a line per bar. */
  height?: string;
  /** Pixels of the labels and values (14). */
  fontSize?: number;
  /** Pixels kept free beyond the longest bar for its number (36). */
  valueSpace?: number;
};

/** Each at least 3:1 against white (WCAG 1.4.11): the portal's blue 10.7:1, a brown 6.3:1, a grey 7.5:1. */
export const SERIES_COLOURS = ['#0a3d7a', '#9a4a00', '#555555'] as const;
export const CHART_TEXT = '#1b1b1b';

const DEFAULT_PATTERNS: readonly BarPattern[] = ['solid', 'stripes', 'dots'];

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? CHART_TEXT;
}

/** The series' own pattern, else solid, stripes and dots in turn, so neighbours never share one. */
export function seriesPattern(series: Pick<BarSeries, 'pattern'>, index: number): BarPattern {
  return series.pattern ?? DEFAULT_PATTERNS[index % DEFAULT_PATTERNS.length] ?? 'solid';
}

/** "66.7" as Swedish writes it, "66,7". */
export function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

/** The number at a bar's end: "–" where there is no figure. */
export function barValueLabel(value: unknown, options: Pick<BarChartOptions, 'format' | 'suffix'> = {}): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return options.format ? options.format(value) : `${decimalComma(value)}${options.suffix ?? ''}`;
}

/** A label word by word on lines of its own, so the names stay narrow beside their bars at 320 px. */
export function labelLines(label: string): string[] {
  return label.split(' ').filter((word) => word !== '');
}

/** Room for every bar: about a line per bar and a little between the groups, at least 12rem. */
export function chartHeight(labelCount: number, seriesCount: number): string {
  return `${Math.max(12, 4 + labelCount * (seriesCount * 0.9 + 0.8))}rem`;
}

/** Paints one 10 × 10 tile of `pattern` in white on `colour`; chart.js repeats it over the bar. */
export function paintTile(g: Pick<CanvasRenderingContext2D, 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'fill' | 'stroke'>, colour: string, pattern: BarPattern): void {
  g.fillStyle = colour;
  g.fillRect(0, 0, 10, 10);
  if (pattern === 'solid') return;
  g.fillStyle = '#ffffff';
  g.strokeStyle = '#ffffff';
  g.lineWidth = 2.5;
  g.beginPath();
  if (pattern === 'dots') {
    g.arc(5, 5, 2, 0, Math.PI * 2);
    g.fill();
    return;
  }
  if (pattern === 'across') {
    g.moveTo(0, 5);
    g.lineTo(10, 5);
  } else {
    for (const offset of [-10, 0, 10]) {
      g.moveTo(offset, 10);
      g.lineTo(offset + 10, 0);
    }
  }
  g.stroke();
}

/** A series' fill: its colour, or a repeating pattern of it (the colour alone where canvas has no 2D context). */
export function barFill(colour: string, pattern: BarPattern): CanvasPattern | string {
  if (pattern === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const g = tile.getContext('2d');
  if (!g) return colour;
  paintTile(g, colour, pattern);
  return g.createPattern(tile, 'repeat') ?? colour;
}
