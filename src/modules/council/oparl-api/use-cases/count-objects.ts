import type { Executor } from '../../../../kernel/db';
import { OPARL_KINDS } from '../kinds';
import { typeUrl } from '../objects/common';
import { DEFAULT_LIMIT } from '../params';
import { countList } from '../repository';

/** German names of what each type holds, for people reading the dataset. */
const LABELS: Record<keyof typeof OPARL_KINDS, string> = {
  body: 'Körperschaften',
  legislativeterm: 'Wahlperioden',
  organization: 'Gremien, Fraktionen und Parteien',
  person: 'Personen',
  membership: 'Mitgliedschaften',
  meeting: 'Sitzungen',
  agendaitem: 'Tagesordnungspunkte (öffentlich)',
  paper: 'Drucksachen: Vorlagen, Anträge, Anfragen',
  consultation: 'Beratungen',
  file: 'Dokumente',
  location: 'Orte',
};

export interface ObjectCount {
  oparl_type: string;
  description: string;
  objects: number;
  [column: string]: string | number;
}

/** How many objects of each type the OParl server serves: exactly what its lists hold without filters. */
export async function countOparlObjects(db: Executor): Promise<ObjectCount[]> {
  const counts: ObjectCount[] = [];
  for (const [type, kind] of Object.entries(OPARL_KINDS) as Array<[keyof typeof OPARL_KINDS, (typeof OPARL_KINDS)[keyof typeof OPARL_KINDS]]>) {
    const objects = await countList(db, kind, { kind: 'all' }, { limit: DEFAULT_LIMIT, omitInternal: false, canonical: [] });
    counts.push({ oparl_type: typeUrl(type), description: LABELS[type], objects });
  }
  return counts;
}
