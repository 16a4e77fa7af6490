import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { barChart, describeBars, wrapLabel } from '../../src/lib/charts/bar';

// 政策解读 in the four bundled plans, by year.
const bars = [
  { label: '2018 年', value: 7 },
  { label: '2021 年', value: 7 },
  { label: '2022 年', value: 15 },
];

describe('barChart', () => {
  const svg = parse(barChart({ id: 'by-year', title: '各年度要求数', bars, unit: '项' })).querySelector('svg')!;

  it('is an image with a title and a description that carry every number', () => {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('by-year-title by-year-desc');
    expect(svg.querySelector('title')!.id).toBe('by-year-title');
    expect(svg.querySelector('title')!.text).toBe('各年度要求数');
    expect(svg.querySelector('desc')!.text).toBe('2018 年：7项；2021 年：7项；2022 年：15项');
  });

  it('draws one bar per value, lengths proportional to the values', () => {
    const widths = svg.querySelectorAll('rect.chart-bar').map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBe(widths[1]);
    expect(widths[2]! / widths[0]!).toBeCloseTo(15 / 7, 1);
  });

  it('takes its colours from the page (currentColor, CSS classes), never hard-coded', () => {
    const markup = barChart({ id: 'c', title: 't', bars });
    expect(markup).toContain('fill="currentColor"');
    expect(markup).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it('escapes labels', () => {
    const markup = barChart({ id: 'c', title: 'A & B', bars: [{ label: '<市财政局>', value: 1 }] });
    expect(markup).toContain('A &amp; B');
    expect(markup).toContain('&lt;市财政局&gt;');
    expect(markup).not.toContain('<市财政局>');
  });

  it('keeps a zero visible as a hairline and handles an empty chart', () => {
    const zero = parse(barChart({ id: 'z', title: 't', bars: [{ label: 'a', value: 0 }, { label: 'b', value: 2 }] }));
    expect(zero.querySelectorAll('rect')[0]!.getAttribute('width')).toBe('1');
    expect(describeBars([])).toBe('无数据');
    expect(() => barChart({ id: 'e', title: 't', bars: [] })).not.toThrow();
  });

  it.each([
    [{ id: '1x', title: 't', bars }, /chart id "1x"/],
    [{ id: 'n', title: 't', bars: [{ label: 'a', value: -1 }] }, /bar "a" has value -1/],
    [{ id: 'n', title: 't', bars: [{ label: 'a', value: Number.NaN }] }, /bar "a" has value NaN/],
  ])('rejects bad input with a clear message (%#)', (input, message) => {
    expect(() => barChart(input)).toThrow(message);
  });
});

describe('wrapLabel', () => {
  it.each([
    // fits on one line
    ['市财政局', 16, ['市财政局']],
    // 18 characters break after 16
    ['江门市政府投资工程建设管理中心办公室', 16, ['江门市政府投资工程建设管理中心办', '公室']],
    // digits are narrow: "2022 年" is well under 5 ems
    ['2022 年', 5, ['2022 年']],
  ])('wraps %s at %i ems', (label, ems, lines) => {
    expect(wrapLabel(label, ems)).toEqual(lines);
  });

  it('draws a long issuer name on two lines and moves the bar below both', () => {
    const svg = parse(barChart({ id: 'w', title: 't', bars: [{ label: '江门市政府投资工程建设管理中心办公室', value: 3 }] }));
    expect(svg.querySelectorAll('tspan')).toHaveLength(2);
    expect(Number(svg.querySelector('rect')!.getAttribute('y'))).toBeGreaterThan(2 * 15);
  });
});
