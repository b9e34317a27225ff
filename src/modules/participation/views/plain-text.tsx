/**
 * A citizen's text as typed: paragraphs at blank lines, line breaks kept by CSS-free <br>s; Preact
 * escapes every character, so markup shows as text and a URL stays plain text (never a link).
 */
export function PlainText({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return (
    <>
      {paragraphs.map((paragraph, index) => {
        const lines = paragraph.split('\n');
        return (
          <p key={index}>
            {lines.map((line, at) => (
              <>
                {at > 0 && <br />}
                {line}
              </>
            ))}
          </p>
        );
      })}
    </>
  );
}
