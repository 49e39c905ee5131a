// A table that renders only the rows in view (@tanstack/react-virtual), so 30,000 staff scroll as
// smoothly as 30. ARIA table roles keep it a table for screen readers and tests: rows are named by
// their row header cell, the header stays put while the body scrolls, and the first column stays put
// while it scrolls sideways.
import { memo, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** A CSS grid track in rem: '16rem', or 'minmax(8rem, 1fr)' to take the spare width. */
  width: string;
  cell: (row: T) => ReactNode;
  /** The row header (names the row); usually the first column. */
  rowHeader?: boolean;
  title?: string;
}

export interface VirtualTableProps<T> {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  rowHeight?: number;
  /** Height of the scrolling area. */
  height?: string;
  empty?: ReactNode;
  className?: string;
}

export function VirtualTable<T>({
  label,
  rows,
  columns,
  rowKey,
  rowHeight = 40,
  height = '65vh',
  empty,
  className,
}: VirtualTableProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser returns functions React Compiler cannot memoise; the component does not need it to.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const template = columns.map((c) => c.width).join(' ');
  // Every row is its own grid, so every row must resolve the same tracks: all rows (and the header)
  // are exactly as wide as the table, or the sum of the columns' minimum widths when that is wider.
  const minWidth = `${columns.reduce((n, c) => n + minRem(c.width), 0) + 0.1}rem`;
  const items = virtualizer.getVirtualItems();
  return (
    <div className={`vtable ${className ?? ''}`}>
      {/* The scrolling element is the table itself, so rows sit directly in its row groups; it takes focus to scroll by keyboard. */}
      <div
        className="vtable-scroll"
        ref={scroller}
        style={{ maxHeight: height }}
        tabIndex={0}
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
      >
        <div className="vtable-head" role="rowgroup">
          <div
            className="vtable-row vtable-header-row"
            role="row"
            aria-rowindex={1}
            style={{ gridTemplateColumns: template, minWidth }}
          >
            {columns.map((c) => (
              <div
                key={c.key}
                role="columnheader"
                className={c.rowHeader ? 'vtable-cell vtable-sticky' : 'vtable-cell'}
                title={c.title}
              >
                {c.header}
              </div>
            ))}
          </div>
        </div>
        <div className="vtable-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                className="vtable-row"
                style={{
                  gridTemplateColumns: template,
                  minWidth,
                  height: rowHeight,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <Cells row={row} columns={columns} />
              </div>
            );
          })}
        </div>
      </div>
      {rows.length === 0 && empty && <div className="vtable-empty">{empty}</div>}
    </div>
  );
}

/**
 * A row's cells, memoised on the row and the columns: while scrolling, rows already on screen only
 * move (their wrapper's transform changes) and only the rows coming into view render their cells.
 */
const Cells = memo(function Cells<T>({ row, columns }: { row: T; columns: readonly Column<T>[] }) {
  return (
    <>
      {columns.map((c) => (
        <div
          key={c.key}
          role={c.rowHeader ? 'rowheader' : 'cell'}
          className={c.rowHeader ? 'vtable-cell vtable-sticky' : 'vtable-cell'}
        >
          {c.cell(row)}
        </div>
      ))}
    </>
  );
}) as <T>(props: { row: T; columns: readonly Column<T>[] }) => ReactNode;

/** The minimum width of a track written as '12rem' or 'minmax(12rem, 1fr)'. */
function minRem(track: string): number {
  const m = /(\d+(?:\.\d+)?)rem/.exec(track);
  return m ? Number(m[1]) : 0;
}
