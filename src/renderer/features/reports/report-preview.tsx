// The report model on screen: the same sections, tables, figures and charts the Word document holds.
// Long tables show their first rows, with a button for the rest (the document has them all).
import { useState } from 'react';
import type {
  ReportBlock,
  ReportCell,
  ReportModel,
  ReportRun,
  ReportSection,
  ReportTable,
} from '../../../core/report/model';
import { chartToSvg } from '../../../documents/report-docx/chart-svg';
import { StatusBadge } from '../../components/page';

const PREVIEW_ROWS = 25;

function Runs({ runs }: { runs: ReportRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const text = r.bold ? <strong>{r.text}</strong> : r.text;
        return <span key={i}>{r.italic ? <em>{text}</em> : text}</span>;
      })}
    </>
  );
}

function Cell({ cell, header, numeric }: { cell: ReportCell; header: boolean; numeric: boolean }) {
  const content = cell.tone ? (
    <StatusBadge tone={cell.tone}>{cell.text}</StatusBadge>
  ) : cell.bold ? (
    <strong>{cell.text}</strong>
  ) : (
    cell.text
  );
  const className = numeric && !cell.tone ? 'num' : undefined;
  return header ? (
    <th scope="row" className={className}>
      {content}
    </th>
  ) : (
    <td className={className}>{content}</td>
  );
}

function PreviewTable({ table }: { table: ReportTable }) {
  const [all, setAll] = useState(false);
  if (table.rows.length === 0) {
    return (
      <div className="report-table">
        <p className="report-caption">{table.caption}</p>
        <p className="muted">
          <em>{table.emptyText}</em>
        </p>
      </div>
    );
  }
  const rows = all ? table.rows : table.rows.slice(0, PREVIEW_ROWS);
  return (
    <div className="report-table">
      <div className="report-table-scroll">
        <table className="table" data-table-id={table.id}>
          <caption className="report-caption">{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" className={c.align === 'right' ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <Cell key={i} cell={cell} header={i === 0} numeric={table.columns[i]?.align === 'right'} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.rows.length > PREVIEW_ROWS && (
        <button type="button" className="button button-small" onClick={() => setAll(!all)}>
          {all
            ? `Show the first ${PREVIEW_ROWS} rows of “${table.caption}”`
            : `Show all ${table.rows.length} rows of “${table.caption}”`}
        </button>
      )}
    </div>
  );
}

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'heading':
      return <h4>{block.text}</h4>;
    case 'paragraph':
      return (
        <p className={block.style === 'note' ? 'muted' : undefined}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </ul>
      );
    case 'figures':
      return (
        <ul className="report-figures" aria-label="Key figures">
          {block.figures.map((f, i) => (
            <li key={i} className={`report-figure report-figure-${f.tone}`}>
              <span className="report-figure-value">{f.text}</span>
              <span className="report-figure-label">{f.label}</span>
              <StatusBadge tone={f.tone}>{f.word}</StatusBadge>
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <PreviewTable table={block.table} />;
    case 'chart': {
      const { svg, width, height } = chartToSvg(block.chart);
      return (
        <figure className="report-chart">
          <figcaption className="report-caption">{block.chart.title}</figcaption>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
            width={width}
            height={height}
            alt={block.chart.description}
          />
        </figure>
      );
    }
  }
}

function Section({ section }: { section: ReportSection }) {
  return (
    <section
      className={`report-section report-${section.orientation}`}
      aria-labelledby={`report-section-${section.id}`}
    >
      <h3 id={`report-section-${section.id}`}>
        {section.title}
        {section.orientation === 'landscape' && <span className="report-orientation">Landscape pages</span>}
      </h3>
      {section.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </section>
  );
}

export function ReportPreview({ model }: { model: ReportModel }) {
  return (
    <article className="report-preview" aria-label="Report preview">
      <header className="report-title-page">
        {model.confidentiality && <p className="report-marking">{model.confidentiality}</p>}
        <h2>{model.title}</h2>
        <p className="report-subtitle">{model.subtitle}</p>
        <dl className="facts">
          {model.meta.map((m) => (
            <div key={m.label} className="report-meta">
              <dt>{m.label}</dt>
              <dd>{m.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <nav aria-label="Report contents" className="report-contents">
        <h3>Contents</h3>
        <ol>
          {model.sections.map((s) => (
            <li key={s.id}>
              <a
                href={`#report-section-${s.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  document
                    .getElementById(`report-section-${s.id}`)
                    ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                }}
              >
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {model.sections.map((s) => (
        <Section key={s.id} section={s} />
      ))}
    </article>
  );
}
