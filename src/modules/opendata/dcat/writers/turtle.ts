/** Turtle through n3's writer, which keeps one statement open across groups, so the pieces join into one document. */
import { Writer, type Quad } from 'n3';
import { PREFIXES } from '../namespaces';
import type { DocumentWriter } from './document-writer';

export function turtleWriter(): DocumentWriter {
  let pending = '';
  const output = {
    write(chunk: string, _encoding?: string, done?: () => void) {
      pending += chunk;
      done?.();
    },
    end(done?: () => void) {
      done?.();
    },
  };
  const writer = new Writer(output, { prefixes: PREFIXES });
  const take = () => {
    const text = pending;
    pending = '';
    return text;
  };
  return {
    add(quads: Quad[]) {
      writer.addQuads(quads);
      return take();
    },
    end() {
      writer.end();
      return take();
    },
  };
}
