import { Badge, Group, Tooltip } from '@mantine/core';

interface Marked {
  special: boolean;
  criminal: boolean;
  sensitive: boolean;
}

const MARKS = [
  { key: 'special', label: 'Special', color: 'red', tip: 'Special category (GDPR Art. 9)' },
  { key: 'criminal', label: 'Criminal', color: 'orange', tip: 'Criminal convictions and offences (GDPR Art. 10)' },
  { key: 'sensitive', label: 'Sensitive', color: 'grape', tip: 'Sensitive personal information (CCPA)' },
] as const;

/** Badges for the legal marks of a data category; nothing when it has none. */
export function CategoryMarks({ category }: { category: Marked }) {
  const marks = MARKS.filter((mark) => category[mark.key]);
  if (marks.length === 0) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {marks.map((mark) => (
        <Tooltip key={mark.key} label={mark.tip}>
          <Badge size="xs" variant="light" color={mark.color}>
            {mark.label}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
