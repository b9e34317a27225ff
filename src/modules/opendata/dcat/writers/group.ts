import type { Quad } from 'n3';

/** The statements of a group by subject, subjects in the order they first appear. */
export function bySubject(quads: Quad[]): Array<{ subject: Quad['subject']; quads: Quad[] }> {
  const groups = new Map<string, { subject: Quad['subject']; quads: Quad[] }>();
  for (const quad of quads) {
    const key = `${quad.subject.termType}:${quad.subject.value}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { subject: quad.subject, quads: [] }));
    group.quads.push(quad);
  }
  return [...groups.values()];
}
