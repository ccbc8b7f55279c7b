/** A value axis with round tick steps (1, 2 or 5 times a power of ten). */
export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

function niceNumber(value: number, round: boolean): number {
  const exponent = Math.floor(Math.log10(value));
  const fraction = value / 10 ** exponent;
  const nice = round
    ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
    : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * 10 ** exponent;
}

/**
 * Ticks covering low..high and zero (bars grow from zero). All-zero data gets the axis 0..1 so
 * the chart still has a scale; counts (integers) never get fractional ticks.
 */
export function niceScale(low: number, high: number, integers: boolean, maxTicks = 6): Scale {
  let lo = Math.min(0, low);
  let hi = Math.max(0, high);
  if (hi === lo) hi = lo + 1;
  const range = niceNumber(hi - lo, false);
  let step = niceNumber(range / (maxTicks - 1), true);
  if (integers) step = Math.max(1, step);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded so that 0.1 + 0.2 prints as 0.3, not 0.30000000000000004.
  for (let tick = lo; tick <= hi + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { min: lo, max: hi, ticks };
}
