/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** One chart drawn with uPlot, sliced to the time range, recording what it drew. */
import uPlot from 'uplot';
import { charts, inRange, isoTime, setRange } from './state.js';
import { cssVar, el } from './dom.js';

export interface SeriesSpec {
  label: string;
  values: Array<number | null>;
  colour: string;
  /** Marks only, no line (failed runs). */
  pointsOnly?: boolean;
  /** Larger ringed marks (regressions). */
  ring?: boolean;
  dash?: number[];
  bars?: boolean;
}

/** Draws (or redraws) one chart; its element records what it drew. */
export function drawChart(
  id: string,
  host: HTMLElement,
  title: string,
  x: number[],
  series: SeriesSpec[],
  opts: {
    yLabel: string;
    yMax?: number;
    format?: (v: number) => string;
    extraLine?: number;
    /** Consecutive points further apart than this are not joined (nothing recorded between). */
    gapSeconds?: number;
    /** Tick steps of the y axis (durations: whole minutes and hours). */
    yIncrs?: number[];
    /** Seconds each point covers (a week's bucket): it is in view if it overlaps the range. */
    span?: number;
  },
): void {
  charts[id]?.destroy();
  delete charts[id];
  let box = document.getElementById(`chart-${id}`);
  if (!box) {
    box = el('figure', { id: `chart-${id}`, class: 'chart' });
    host.append(box);
  }
  box.replaceChildren();
  // Slice to the time range: what is drawn is what the table and the downloads hold.
  const keep = x.map((t) => inRange(t, opts.span));
  const xs = x.filter((_, i) => keep[i]);
  const ys = series.map((s) => s.values.filter((_, i) => keep[i]));
  const points: Record<string, number> = {};
  series.forEach((s, i) => (points[s.label] = ys[i]!.filter((v) => v !== null).length));
  box.dataset.series = String(series.length);
  box.dataset.points = JSON.stringify(points);
  box.dataset.x = String(xs.length);
  // A break in the line where nothing was recorded for longer than gapSeconds.
  const gapAfter = new Set<number>();
  if (opts.gapSeconds !== undefined)
    for (let i = 1; i < xs.length; i++)
      if (xs[i]! - xs[i - 1]! > opts.gapSeconds) gapAfter.add(i - 1);
  const caption = el('figcaption', {}, title);
  box.append(caption);
  if (xs.length === 0) {
    box.append(el('p', { class: 'empty' }, 'Nothing recorded in this time range.'));
    return;
  }
  const plot = el('div', {
    role: 'img',
    'aria-label': `${title}: chart; the numbers are in the table below`,
  });
  box.append(plot);
  const fg = cssVar('--fg') || '#222';
  const grid = cssVar('--grid') || '#ddd';
  const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const width = Math.max(320, Math.min(host.clientWidth || 900, 1100));
  const format = opts.format ?? ((v: number) => String(v));
  const u = new uPlot(
    {
      width,
      height: 260,
      cursor: { drag: { x: true, y: false, setScale: false } },
      scales: { x: { time: true }, y: opts.yMax !== undefined ? { range: [0, opts.yMax] } : {} },
      axes: [
        { ...axis },
        {
          ...axis,
          label: opts.yLabel,
          values: (_u, vals) => vals.map((v) => format(v)),
          size: 80,
          ...(opts.yIncrs ? { incrs: opts.yIncrs } : {}),
        },
      ],
      legend: { live: true },
      series: [
        { label: 'time', value: (_u, v) => (v === null ? '—' : isoTime(v)) },
        ...series.map((s): uPlot.Series => ({
          label: s.label,
          stroke: s.colour,
          width: s.pointsOnly ? 0 : 2,
          dash: s.dash,
          fill: s.bars ? `${s.colour}88` : undefined,
          paths: s.pointsOnly
            ? () => null
            : s.bars
              ? uPlot.paths.bars!({ size: [0.6, 40] })
              : undefined,
          points: {
            show: s.pointsOnly || xs.length < 80 ? true : undefined,
            size: s.ring ? 12 : s.pointsOnly ? 8 : 5,
            stroke: s.colour,
            fill: s.ring ? 'transparent' : s.colour,
            width: s.ring ? 2.5 : 1,
          },
          value: (_u, v) => (v === null ? '—' : format(v)),
          spanGaps: false,
        })),
      ],
      hooks: {
        setSelect: [
          (chart) => {
            if (chart.select.width < 2) return;
            const from = chart.posToVal(chart.select.left, 'x');
            const to = chart.posToVal(chart.select.left + chart.select.width, 'x');
            chart.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            setRange(Math.floor(from), Math.ceil(to));
          },
        ],
        draw:
          opts.extraLine === undefined
            ? []
            : [
                (chart) => {
                  // The budget as a horizontal rule.
                  const ctx = chart.ctx;
                  const y = chart.valToPos(opts.extraLine!, 'y', true);
                  ctx.save();
                  ctx.strokeStyle = cssVar('--bad') || '#c00';
                  ctx.setLineDash([6, 4]);
                  ctx.lineWidth = 2;
                  ctx.beginPath();
                  ctx.moveTo(chart.bbox.left, y);
                  ctx.lineTo(chart.bbox.left + chart.bbox.width, y);
                  ctx.stroke();
                  ctx.restore();
                },
              ],
      },
    },
    withGaps(xs, ys, gapAfter) as uPlot.AlignedData,
    plot,
  );
  plot.addEventListener('dblclick', () => setRange(undefined, undefined));
  charts[id] = u;
  markFirstChart();
}

/** Inserts a null point just after each index in gapAfter, so the line breaks there. */
export function withGaps(xs: number[], ys: Array<Array<number | null>>, gapAfter: Set<number>) {
  if (gapAfter.size === 0) return [xs, ...ys];
  const x: number[] = [];
  const y: Array<Array<number | null>> = ys.map(() => []);
  xs.forEach((t, i) => {
    x.push(t);
    ys.forEach((s, k) => y[k]!.push(s[i]!));
    if (gapAfter.has(i)) {
      x.push(t + 1);
      ys.forEach((_, k) => y[k]!.push(null));
    }
  });
  return [x, ...y];
}

export let firstChartMarked = false;
export function markFirstChart(): void {
  if (firstChartMarked) return;
  firstChartMarked = true;
  performance.mark('ci-ledger:first-chart');
  document.documentElement.dataset.firstChart = String(Math.round(performance.now()));
}
