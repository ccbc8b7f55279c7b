import { Text } from '@mantine/core';

/** A search snippet with its matches (between [ and ]) marked. */
export function Snippet({ text }: { text: string }) {
  // Splitting on a capturing group keeps the matches at the odd positions.
  const parts = text.split(/\[([^\]]*)\]/);
  return (
    <Text size="xs" c="dimmed" lineClamp={2}>
      {parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}
    </Text>
  );
}
