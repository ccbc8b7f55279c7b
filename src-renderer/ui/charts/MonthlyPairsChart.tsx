import { Group, Text } from '@mantine/core';

export interface MonthlyPair {
  /** 'YYYY-MM'. */
  month: string;
  first: number;
  second: number;
}

interface MonthlyPairsChartProps {
  title: string;
  /** The names of the two series, e.g. "Received" and "Closed". */
  names: readonly [string, string];
  months: readonly MonthlyPair[];
}

const COLOURS = ['var(--mantine-color-indigo-6)', 'var(--mantine-color-teal-6)'] as const;
const HEIGHT = 160;
const AXIS = 20;
const SLOT = 44;
const BAR = 14;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(2, 4)}`;

/** Two counts per month as paired columns (e.g. received and closed), with a legend; screen readers get every value in one sentence. */
export function MonthlyPairsChart({ title, names, months }: MonthlyPairsChartProps) {
  const max = Math.max(1, ...months.flatMap((month) => [month.first, month.second]));
  const width = Math.max(months.length * SLOT, SLOT);
  const description = `${title}: ${months.map((month) => `${monthLabel(month.month)} ${names[0].toLowerCase()} ${month.first}, ${names[1].toLowerCase()} ${month.second}`).join('; ')}.`;
  const barHeight = (value: number) => (value / max) * (HEIGHT - AXIS - 14);

  return (
    <div>
      <Group gap="md" mb={4} aria-hidden>
        {names.map((name, index) => (
          <Group key={name} gap={4}>
            <svg width={10} height={10}>
              <rect width={10} height={10} rx={2} fill={COLOURS[index]} />
            </svg>
            <Text size="xs">{name}</Text>
          </Group>
        ))}
      </Group>
      <svg role="img" aria-label={description} viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" style={{ maxWidth: width * 1.6, display: 'block' }}>
        {months.map((month, index) => {
          const x = index * SLOT + (SLOT - 2 * BAR - 2) / 2;
          return (
            <g key={month.month} aria-hidden>
              {[month.first, month.second].map((value, series) => (
                <g key={series}>
                  <rect x={x + series * (BAR + 2)} y={HEIGHT - AXIS - barHeight(value)} width={BAR} height={barHeight(value)} rx={2} fill={COLOURS[series]} />
                  {value > 0 && (
                    <text x={x + series * (BAR + 2) + BAR / 2} y={HEIGHT - AXIS - barHeight(value) - 3} textAnchor="middle" fontSize={9} fill="currentColor">
                      {value}
                    </text>
                  )}
                </g>
              ))}
              <text x={index * SLOT + SLOT / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={10} fill="currentColor">
                {monthLabel(month.month)}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={width} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="var(--mantine-color-default-border)" />
      </svg>
    </div>
  );
}
