import type { ComponentChildren } from 'preact';

/** A request we refused or a link that no longer works: what happened and what to do now. */
export function ProblemPage({ title, message, children }: { title: string; message: string; children: ComponentChildren }) {
  return (
    <>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      {children}
    </>
  );
}
