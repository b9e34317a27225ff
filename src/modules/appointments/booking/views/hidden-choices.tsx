import { choiceParams, type BookingChoices } from '../choices';

/** The choices of the earlier steps as hidden fields of a step's form (the query string carries them on). */
export function HiddenChoices({ choices }: { choices: BookingChoices }) {
  return (
    <>
      {choiceParams(choices).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** "Zurück": an ordinary link, so the browser's back button works alike (docs/design.md). */
export function BackLink({ href }: { href: string }) {
  return (
    <p>
      <a href={href} class="back-link">
        Zurück
      </a>
    </p>
  );
}
