import { Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconAlertTriangle, IconWorldExclamation } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import classes from './DataMapView.module.css';
import {
  type Box,
  type Caps,
  COLUMN_INFO,
  type DataMap,
  type DataMapColumn,
  type DataMapNode,
  describeNode,
  displayLabel,
  edgeKey,
  fitText,
  indexMap,
  layoutMap,
  MIN_WIDTH,
  ROW_STEP,
  traceNode,
} from './model';

interface DataMapPictureProps {
  map: DataMap;
  /** Node ids of the current filter: drawn as selected. */
  selected: ReadonlySet<string>;
  caps: Caps;
  /** The accessible summary of the picture. */
  summary: string;
  onPick: (node: DataMapNode) => void;
  onMore: (column: DataMapColumn) => void;
}

const FONT = '12px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const ICON = 16;
const cx = (...names: (string | false | null | undefined)[]) => names.filter(Boolean).join(' ');

/** The five columns as boxes joined by curves; hovering or focusing a box traces its paths. */
export function DataMapPicture({ map, selected, caps, summary, onPick, onMore }: DataMapPictureProps) {
  const { ref, width: measured } = useElementSize<HTMLDivElement>();
  // Until the first measure (or while a hidden tab has no size) lay out at a sensible width.
  const width = Math.max(MIN_WIDTH, Math.floor(measured) || 960);
  const layout = useMemo(() => layoutMap(map, width, caps), [map, width, caps]);
  const index = useMemo(() => indexMap(map), [map]);
  const [hovered, setHovered] = useState<string | null>(null);
  const active = hovered !== null && index.nodes.has(hovered) ? hovered : null;
  const trace = useMemo(() => (active ? traceNode(index, active) : null), [index, active]);
  const activeNode = active ? index.nodes.get(active) : undefined;
  // Measuring text is the costly part of a frame: once per layout, not on every hover.
  const labels = useMemo(() => new Map(layout.boxes.map((box) => [box.id, boxLabel(box)])), [layout]);

  const boxLit = (box: Box) => (trace ? (box.node ? trace.nodes.has(box.id) : (box.hidden ?? []).some((node) => trace.nodes.has(node.id))) : false);

  return (
    <div>
      {/* A fixed height: text that wrapped differently would move the boxes under the pointer between press and release. */}
      <Text size="sm" c="dimmed" mb={6} h={42} lineClamp={2} aria-hidden>
        {activeNode ? traceText(activeNode, trace?.nodes ?? new Set(), index.nodes) : 'Hover over or focus a box to trace its paths; click it to show only those.'}
      </Text>
      <div ref={ref} className={classes.scroller}>
        <div className={classes.header} style={{ width: layout.width }}>
          {layout.columns.map((column) => (
            <div key={column.info.column} className={classes.headerCell} style={{ width: column.width }}>
              <Text size="sm" fw={600} component="span">
                {column.info.title}
              </Text>{' '}
              <Text size="xs" c="dimmed" component="span">
                {column.total.toLocaleString('en')}
              </Text>
            </div>
          ))}
        </div>
        <div className={classes.canvas} style={{ width: layout.width, height: layout.height }}>
          <svg
            role="img"
            aria-label={summary}
            className={classes.svg}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
          >
            <g>
              {layout.links.map((link) => {
                const lit = trace ? link.edges.some((edge) => trace.edges.has(edgeKey(edge))) : false;
                const risky = link.to.column === 'country' && (link.to.node?.flagged ?? false);
                return (
                  <path
                    key={link.key}
                    d={link.d}
                    className={cx(classes.link, link.direct && classes.skip, risky && classes.risky, trace && (lit ? classes.linkLit : classes.linkDim))}
                  />
                );
              })}
            </g>
            <g>
              {layout.boxes.map((box) => (
                <NodeBox key={box.id} box={box} label={labels.get(box.id) ?? ''} lit={boxLit(box)} dim={trace !== null && !boxLit(box)} selected={selected.has(box.id)} />
              ))}
            </g>
          </svg>
          {layout.boxes.map((box) => {
            const style = { left: box.x, top: box.y, width: box.width, height: box.height };
            if (box.node) {
              const node = box.node;
              const pressed = selected.has(box.id);
              return (
                <button
                  key={box.id}
                  type="button"
                  className={classes.hit}
                  style={style}
                  title={describeNode(node)}
                  aria-label={`${describeNode(node)}. ${pressed ? 'This is the filter; press to clear it.' : 'Show only the paths through it.'}`}
                  aria-pressed={pressed}
                  onMouseEnter={() => setHovered(box.id)}
                  onMouseLeave={() => setHovered((current) => (current === box.id ? null : current))}
                  onFocus={() => setHovered(box.id)}
                  onBlur={() => setHovered((current) => (current === box.id ? null : current))}
                  onClick={() => onPick(node)}
                />
              );
            }
            const hidden = box.hidden?.length ?? 0;
            const info = COLUMN_INFO[box.column];
            return (
              <button
                key={box.id}
                type="button"
                className={classes.hit}
                style={style}
                title={`${hidden.toLocaleString('en')} more ${info.plural}: show ${Math.min(ROW_STEP, hidden)} more, or use a filter`}
                aria-label={`${hidden.toLocaleString('en')} more ${info.plural} are not shown. Show ${Math.min(ROW_STEP, hidden)} more.`}
                onClick={() => onMore(box.column)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

const textStart = (box: Box) => (box.node?.flagged ? 10 + ICON + 4 : 12);

function boxLabel(box: Box): string {
  const text = box.node ? displayLabel(box.node) : `+${(box.hidden?.length ?? 0).toLocaleString('en')} more`;
  return fitText(text, box.width - textStart(box) - 6, FONT);
}

interface NodeBoxProps {
  box: Box;
  label: string;
  lit: boolean;
  dim: boolean;
  selected: boolean;
}

function NodeBox({ box, label, lit, dim, selected }: NodeBoxProps) {
  const node = box.node;
  const flagged = node?.flagged ?? false;
  const tone = flagged ? (node?.column === 'country' ? classes.flaggedOrange : classes.flaggedRed) : null;
  const FlagIcon = node?.column === 'country' ? IconWorldExclamation : IconAlertTriangle;
  return (
    <g
      transform={`translate(${box.x},${box.y})`}
      className={cx(classes.box, !node && classes.more, tone, lit && classes.boxLit, dim && classes.boxDim, selected && classes.selected)}
    >
      <rect className={classes.body} width={box.width} height={box.height} rx={4} />
      {node && <rect className={classes[`accent-${box.column}`]} width={4} height={box.height} rx={2} />}
      {node && flagged && <FlagIcon className={classes.icon} x={8} y={(box.height - ICON) / 2} size={ICON} stroke={2} aria-hidden />}
      <text className={classes.label} x={textStart(box)} y={box.height / 2} dominantBaseline="central">
        {label}
      </text>
    </g>
  );
}

/** "Health (data category): 3 activities, 2 systems, 1 country on its paths." */
function traceText(node: DataMapNode, traced: ReadonlySet<string>, nodes: ReadonlyMap<string, DataMapNode>): string {
  const counts = new Map<DataMapColumn, number>();
  for (const id of traced) {
    const other = nodes.get(id);
    if (!other || other.id === node.id) continue;
    counts.set(other.column, (counts.get(other.column) ?? 0) + 1);
  }
  const parts = Object.values(COLUMN_INFO)
    .filter((info) => counts.has(info.column))
    .map((info) => {
      const n = counts.get(info.column) ?? 0;
      return `${n} ${n === 1 ? info.singular : info.plural}`;
    });
  const head = `${displayLabel(node)} (${COLUMN_INFO[node.column].singular}${node.note ? `; ${node.note}` : ''})`;
  return parts.length ? `${head}: ${parts.join(', ')} on its paths. Click to show only these.` : `${head}: nothing linked yet.`;
}
