import { moduleSettings } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';
import { germanDay } from '../presenters';
import { librarySettings } from '../settings';
import type { ReminderKind } from '../tables/lending';

/**
 * What the lending mails need besides the lending rules: the library that signs them, by the name
 * the municipality file gives it (`library.name`, e.g. "Stadtbücherei Menden").
 */
export interface LibraryMailContext {
  libraryName: string;
}

export function libraryMailContext(deps: Pick<ModuleDeps, 'config'>): LibraryMailContext {
  return { libraryName: moduleSettings(deps, librarySettings).name };
}

type Text = { subject: string; text: string };

function letter(readerName: string, body: string[], context: LibraryMailContext): string {
  return [`Guten Tag ${readerName},`, '', ...body, '', 'Freundliche Grüße', context.libraryName].join('\n');
}

/** A held copy waits at the desk until `untilDay` (ISO day); after that it goes to the next in line. */
export function holdReadyMail(readerName: string, item: { title: string; shelfmark: string }, untilDay: string, context: LibraryMailContext): Text {
  return {
    subject: `Ihre Vormerkung liegt bereit: ${item.title}`,
    text: letter(
      readerName,
      [
        `der von Ihnen vorgemerkte Titel „${item.title}“ (Signatur ${item.shelfmark}) liegt für Sie an der Ausleihtheke bereit.`,
        `Bitte holen Sie ihn bis zum ${germanDay(untilDay)} ab; danach geht er an die nächste Person.`,
      ],
      context,
    ),
  };
}

/** The due-date reminder (`due_soon`) or the overdue notice, each with the way to the reader account. */
export function reminderMail(
  kind: ReminderKind,
  loan: { readerName: string; title: string; shelfmark: string; dueOn: string },
  accountUrl: string,
  context: LibraryMailContext,
): Text {
  if (kind === 'due_soon') {
    return {
      subject: `Rückgabe bis ${germanDay(loan.dueOn)}: ${loan.title}`,
      text: letter(
        loan.readerName,
        [
          `bitte geben Sie „${loan.title}“ (Signatur ${loan.shelfmark}) bis zum ${germanDay(loan.dueOn)} zurück.`,
          'Wenn niemand den Titel vorgemerkt hat, können Sie ihn in Ihrem Büchereikonto verlängern:',
          accountUrl,
        ],
        context,
      ),
    };
  }
  return {
    subject: `Leihfrist überschritten: ${loan.title}`,
    text: letter(
      loan.readerName,
      [
        `die Leihfrist für „${loan.title}“ (Signatur ${loan.shelfmark}) ist am ${germanDay(loan.dueOn)} abgelaufen.`,
        'Bitte geben Sie das Medium bald zurück. Für jeden Tag danach kann die Bücherei eine Versäumnisgebühr erheben.',
        `Ihr Büchereikonto: ${accountUrl}`,
      ],
      context,
    ),
  };
}
