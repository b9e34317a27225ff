import { paragraphs } from '../presenters';

/** Free text as typed: blank lines start a paragraph, single line breaks stay. Every string is escaped by Preact. */
export function MultilineText({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((part) => (
        <p>
          {part.split(/\r?\n/).map((line, index) => (
            <>
              {index > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

/** Leichte Sprache: every sentence on its own line, sentences that belong together in one paragraph. */
export function Sentences({ children }: { children: string[] }) {
  return (
    <p>
      {children.map((sentence, index) => (
        <>
          {index > 0 && <br />}
          {sentence}
        </>
      ))}
    </p>
  );
}
