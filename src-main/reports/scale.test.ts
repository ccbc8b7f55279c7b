import { describe, expect, it } from 'vitest';
import { niceScale } from './scale';

describe('niceScale', () => {
  it('gives all-zero data the axis 0 to 1', () => {
    expect(niceScale(0, 0, true)).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });

  it('covers the data with round steps that start at zero', () => {
    expect(niceScale(3, 27, true)).toEqual({ min: 0, max: 30, ticks: [0, 10, 20, 30] });
  });

  it('keeps counts on whole numbers and allows fractions otherwise', () => {
    expect(niceScale(0, 2, true).ticks).toEqual([0, 1, 2]);
    expect(niceScale(0, 0.7, false).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('reaches below zero for negative values', () => {
    const scale = niceScale(-12, 30, true);
    expect(scale.min).toBeLessThanOrEqual(-12);
    expect(scale.max).toBeGreaterThanOrEqual(30);
    expect(scale.ticks).toContain(0);
  });
});
