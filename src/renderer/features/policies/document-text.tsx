// A version's text as structured blocks, with the extracted values highlighted where they were found.
import { useEffect, useMemo, useRef } from 'react';
import type { Block, StructuredDocument } from '../../../core/document';

export interface EvidenceMark {
  blockId: string;
  start: number;
  end: number;
  /** Field label(s) shown on hover: "Date approved". */
  label: string;
  key: string;
  corrected: boolean;
}

interface Props {
  doc: StructuredDocument;
  marks: EvidenceMark[];
  /** Marks with this key are emphasised and the first is scrolled into view. */
  activeKey: string | null;
  /** A block to bring into view (links from compare: ?block=). */
  targetBlock: string | null;
}

export function DocumentText({ doc, marks, activeKey, targetBlock }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const byBlock = useMemo(() => {
    const map = new Map<string, EvidenceMark[]>();
    for (const m of marks) {
      const list = map.get(m.blockId);
      if (list) list.push(m);
      else map.set(m.blockId, [m]);
    }
    return map;
  }, [marks]);

  useEffect(() => {
    if (!activeKey) return;
    ref.current
      ?.querySelector('mark.evidence-active')
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [activeKey]);
  useEffect(() => {
    if (!targetBlock) return;
    const el = ref.current?.querySelector(`[data-block="${CSS.escape(targetBlock)}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [targetBlock]);

  return (
    <div className="doc-text" ref={ref} role="document" aria-label="Document text" tabIndex={0}>
      {doc.blocks.map((b) => (
        <BlockView
          key={b.id}
          block={b}
          marks={byBlock.get(b.id) ?? []}
          activeKey={activeKey}
          target={b.id === targetBlock}
        />
      ))}
    </div>
  );
}

function BlockView({
  block,
  marks,
  activeKey,
  target,
}: {
  block: Block;
  marks: EvidenceMark[];
  activeKey: string | null;
  target: boolean;
}) {
  const content = <Marked text={block.text} marks={marks} activeKey={activeKey} />;
  // A real space after the number, so "1. Aims" reads (and is named) as two words.
  const number = block.number ? (
    <>
      <span className="doc-number">{block.number}</span>{' '}
    </>
  ) : null;
  const common = { 'data-block': block.id, className: target ? 'doc-block-target' : undefined };
  switch (block.kind) {
    case 'heading':
      return (block.level ?? 2) <= 2 ? (
        <h3 {...common}>
          {number}
          {content}
        </h3>
      ) : (
        <h4 {...common}>
          {number}
          {content}
        </h4>
      );
    case 'list-item':
      return (
        <p
          {...common}
          className={`doc-list${target ? ' doc-block-target' : ''}`}
          style={{ marginLeft: `${(block.level ?? 0) * 1.4 + 1}rem` }}
        >
          {number ?? (
            <>
              <span className="doc-number" aria-hidden="true">
                •
              </span>{' '}
            </>
          )}
          {content}
        </p>
      );
    case 'table-row':
      return (
        <p
          {...common}
          className={`doc-row${target ? ' doc-block-target' : ''}`}
          style={{ whiteSpace: 'pre-wrap', tabSize: 6 }}
        >
          {content}
        </p>
      );
    default:
      return (
        <p {...common}>
          {number}
          {content}
        </p>
      );
  }
}

/** The text cut at every mark boundary; each piece inside a mark is highlighted with the fields' names. */
function Marked({
  text,
  marks,
  activeKey,
}: {
  text: string;
  marks: EvidenceMark[];
  activeKey: string | null;
}) {
  if (marks.length === 0) return <>{text}</>;
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (a === b) continue;
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) {
      pieces.push(<span key={a}>{piece}</span>);
      continue;
    }
    const active = covering.some((m) => m.key === activeKey);
    const corrected = covering.every((m) => m.corrected);
    const labels = [...new Set(covering.map((m) => m.label))].join(', ');
    pieces.push(
      <mark
        key={a}
        className={`evidence${corrected ? ' evidence-corrected' : ''}${active ? ' evidence-active' : ''}`}
        title={corrected ? `${labels} (read here; corrected since)` : `${labels} (read here)`}
      >
        {piece}
      </mark>,
    );
  }
  return <>{pieces}</>;
}
