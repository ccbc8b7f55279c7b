import { Text } from '@mantine/core';

export interface Bar {
  label: string;
  /** Null draws no bar and reads "no data" (e.g. a median of nothing). */
  value: number | null;
}

interface BarChartProps {
  /** What the chart shows, e.g. "Open requests by status": the start of its text alternative. */
  title: string;
  bars: readonly Bar[];
  /** How a value reads beside its bar and in the text alternative, e.g. "12 days". */
  format?: (value: number) => string;
  color?: string;
}

const LABEL_WIDTH = 160;
const BAR_AREA = 220;
const VALUE_WIDTH = 60;
const ROW = 26;
const BAR_HEIGHT = 16;

/** Horizontal bars drawn in SVG; screen readers get one sentence with every value. */
export function BarChart({ title, bars, format = String, color = 'var(--mantine-primary-color-filled)' }: BarChartProps) {
  if (bars.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing to show for this period.
      </Text>
    );
  }
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const height = bars.length * ROW;
  const description = `${title}: ${bars.map((bar) => `${bar.label} ${bar.value === null ? 'no data' : format(bar.value)}`).join('; ')}.`;

  return (
    <svg role="img" aria-label={description} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const barWidth = bar.value === null ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * BAR_AREA);
        return (
          <g key={bar.label} aria-hidden>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="currentColor">
              {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + (ROW - BAR_HEIGHT) / 2} width={barWidth} height={BAR_HEIGHT} rx={2} fill={color} />
            <text x={LABEL_WIDTH + barWidth + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize={12} fill="currentColor">
              {bar.value === null ? '—' : format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
