import { Box, Group, List, Text } from '@mantine/core';
import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { useDeferredValue, useEffect, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../app/api';
import { estimateStrength } from './passphrase-strength';

const LEVELS = [
  { label: 'Very weak', color: 'red' },
  { label: 'Weak', color: 'red' },
  { label: 'Fair', color: 'orange' },
  { label: 'Strong', color: 'teal' },
  { label: 'Very strong', color: 'green' },
] as const;

/** One bar per score step above "very weak". */
const BARS = [1, 2, 3, 4] as const;

interface PassphraseStrengthProps {
  passphrase: string;
  /** Text the person is likely to reuse (the organisation name): it must not count as strength. */
  avoid?: string;
}

/** A live hint under a new passphrase: a 0–4 meter and what would make it harder to guess. */
export function PassphraseStrength({ passphrase, avoid }: PassphraseStrengthProps) {
  // Estimating can take a few milliseconds on long input; typing stays responsive.
  const deferred = useDeferredValue(passphrase);
  const [result, setResult] = useState<ZxcvbnResult | null>(null);
  useEffect(() => {
    if (!deferred) return;
    let current = true;
    void estimateStrength(deferred, avoid ? [avoid] : []).then((r) => {
      if (current) setResult(r);
    });
    return () => {
      current = false;
    };
  }, [deferred, avoid]);
  if (!result || !passphrase) return null;

  const level = LEVELS[result.score];
  const tooShort = passphrase.length < MIN_PASSPHRASE_LENGTH;
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter((hint): hint is string => Boolean(hint));

  return (
    <Box>
      <Group
        gap={4}
        grow
        role="meter"
        aria-label="Strength estimate"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={result.score}
        aria-valuetext={level.label}
      >
        {BARS.map((bar) => (
          <Box
            key={bar}
            h={4}
            bg={bar <= result.score ? level.color : 'var(--mantine-color-default-border)'}
            style={{ borderRadius: 2 }}
          />
        ))}
      </Group>
      {/* Announced politely: the level and length, not the whole hint list on every keystroke. */}
      <Text size="xs" mt={4} c={level.color} aria-live="polite">
        {level.label}
        {tooShort && (
          <Text span size="xs" c="dimmed">
            {' '}
            · {passphrase.length} of at least {MIN_PASSPHRASE_LENGTH} characters
          </Text>
        )}
      </Text>
      {hints.length > 0 && (
        <List size="xs" c="dimmed" spacing={0}>
          {hints.map((hint) => (
            <List.Item key={hint}>{hint}</List.Item>
          ))}
        </List>
      )}
    </Box>
  );
}
