import type { ComponentChildren } from 'preact';
import type { TagKind } from './feedback';
import { StatusTag } from './feedback';

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
  /** "Ändern" link back to the question. */
  changeHref?: string;
}

/** "Check your answers": key, value, and a change link whose text names what changes. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((row) => (
        <div class="summary-list__row">
          <dt class="summary-list__key">{row.key}</dt>
          <dd class="summary-list__value">{row.value}</dd>
          {row.changeHref && (
            <dd class="summary-list__actions">
              <a href={row.changeHref}>
                Ändern<span class="visually-hidden"> {row.key}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

export interface Task {
  title: string;
  href?: string;
  status: string;
  statusKind?: TagKind;
}

export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ol class="task-list">
      {tasks.map((task, index) => (
        <li class="task-list__item">
          <span class="task-list__number" aria-hidden="true">
            {index + 1}.
          </span>
          <span class="task-list__title">{task.href ? <a href={task.href}>{task.title}</a> : task.title}</span>
          <StatusTag kind={task.statusKind ?? 'neutral'}>{task.status}</StatusTag>
        </li>
      ))}
    </ol>
  );
}

export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  numeric?: boolean;
}

/**
 * A data table in a wrapper that scrolls sideways on a narrow screen. The wrapper is a named region a
 * keyboard can focus, so it can be scrolled without a mouse also where no cell holds a link (an empty
 * table, a table of figures); WCAG 2.1.1, axe's `scrollable-region-focusable`.
 */
export function Table<T>({ caption, columns, rows, empty = 'Keine Einträge.' }: { caption: string; columns: Column<T>[]; rows: T[]; empty?: string }) {
  return (
    <div class="table-wrapper" role="region" aria-label={caption} tabIndex={0}>
      <table class="table">
        <caption class="table__caption">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" class={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr>
                {columns.map((column) => (
                  <td class={column.numeric ? 'numeric' : undefined}>{column.cell(row)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

export interface Crumb {
  href: string;
  label: string;
}

export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  if (items.length === 0) return null;
  return (
    <nav class="breadcrumbs" aria-label="Brotkrümelnavigation">
      <ol>
        {items.map((item) => (
          <li>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Numbered pages as links (works without JavaScript); `hrefFor` keeps the current filters. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label="Seitennummerierung">
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              Vorherige<span class="visually-hidden"> Seite</span>
            </a>
          </li>
        )}
        {shown.map((p, index) => [
          index > 0 && p - (shown[index - 1] ?? p) > 1 ? <li aria-hidden="true">…</li> : null,
          <li>
            {p === page ? (
              <a href={hrefFor(p)} aria-current="page" aria-label={`Seite ${p}`}>
                {p}
              </a>
            ) : (
              <a href={hrefFor(p)} aria-label={`Seite ${p}`}>
                {p}
              </a>
            )}
          </li>,
        ])}
        {page < pageCount && (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              Nächste<span class="visually-hidden"> Seite</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
