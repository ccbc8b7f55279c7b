import type { CSSProperties, ReactNode } from 'react';
import classes from './Tag.module.css';

interface TagProps {
  /** A theme colour: blue, teal, gray, ... */
  color: string;
  variant: 'light' | 'outline';
  size?: 'sm' | 'lg';
  /** Capitals, as a status reads; off for labels that keep their case. */
  upper?: boolean;
  title?: string;
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A badge that looks like Mantine's, as one span: a list row scrolling into view draws several,
 * and Mantine's Badge (a component resolving its props and styles each time) cost a third of the
 * script of each frame while flicking through the requests.
 */
export function Tag({ color, variant, size = 'sm', upper = true, title, 'aria-label': label, children }: TagProps) {
  const style = (
    variant === 'light'
      ? { '--tag-bg': `var(--mantine-color-${color}-light)`, '--tag-fg': `var(--mantine-color-${color}-light-color)`, '--tag-border': 'transparent' }
      : { '--tag-bg': 'transparent', '--tag-fg': `var(--mantine-color-${color}-outline)`, '--tag-border': `var(--mantine-color-${color}-outline)` }
  ) as CSSProperties;
  return (
    <span className={classes.tag} data-size={size} data-upper={upper || undefined} style={style} title={title} aria-label={label}>
      {children}
    </span>
  );
}

/** Tags side by side, never wrapping. */
export function Tags({ children }: { children: ReactNode }) {
  return <span className={classes.tags}>{children}</span>;
}
