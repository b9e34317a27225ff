import { xmlText } from '../../../kernel/feeds/atom';
import { fromMarcJson, isControlField, type MarcJson } from './record';

export const MARCXML_NAMESPACE = 'http://www.loc.gov/MARC21/slim';

/** A stored record (MARC-in-JSON) as a MARCXML `<record>` element in the MARC 21 slim namespace. */
export function marcXmlRecord(json: MarcJson): string {
  const record = fromMarcJson(json);
  const fields = record.fields.map((field) =>
    isControlField(field)
      ? `<controlfield tag="${xmlText(field.tag)}">${xmlText(field.value)}</controlfield>`
      : `<datafield tag="${xmlText(field.tag)}" ind1="${xmlText(field.ind1)}" ind2="${xmlText(field.ind2)}">${field.subfields
          .map(([code, value]) => `<subfield code="${xmlText(code)}">${xmlText(value)}</subfield>`)
          .join('')}</datafield>`,
  );
  return `<record xmlns="${MARCXML_NAMESPACE}"><leader>${xmlText(record.leader)}</leader>${fields.join('')}</record>`;
}
