import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AppError } from '../../../kernel/http/errors';
import { formDefinitionSchema, type FieldDef, type FormDefinition, type GroupDef } from '../definition';
import { importFimFile } from '.';
import { FIM_FIXTURES, fixture, PARKING_XDF2, PARKING_XDF3, parkingCodeLists, TRADE_XDF2 } from './test-fixtures';

function allItems(definition: FormDefinition): (FieldDef | GroupDef)[] {
  return definition.pages.flatMap((page) => page.items.flatMap((item) => (item.kind === 'group' ? [item, ...item.fields] : [item])));
}

function byFimId(definition: FormDefinition, fimId: string): FieldDef | GroupDef {
  const found = allItems(definition).find((item) => item.fim?.id === fimId);
  assert.ok(found, `${fimId} is in the definition`);
  return found;
}

function field(definition: FormDefinition, fimId: string): FieldDef {
  const found = byFimId(definition, fimId);
  assert.equal(found.kind, 'field');
  return found as FieldDef;
}

function rejects(xml: string | Buffer, message: RegExp): void {
  assert.throws(
    () => importFimFile(xml),
    (error: unknown) => error instanceof AppError && error.status === 400 && message.test(error.userMessage),
  );
}

describe('FIM import: Bewohnerparkausweis, XDatenfelder 2.0 with its genericode lists', () => {
  const result = importFimFile(fixture(PARKING_XDF2), parkingCodeLists());
  const { definition } = result;

  it('keeps the schema identity and passes the definition schema', () => {
    assert.deepEqual(result.schema, { id: 'S05000058', version: '1.0', name: 'Antrag auf Erteilung / Verlängerung Bewohnerparkausweis', standard: 'xdf2' });
    assert.deepEqual(definition.fim, { schemaId: 'S05000058', version: '1.0', name: result.schema.name, standard: 'xdf2' });
    assert.equal(definition.title, 'Antrag auf Erteilung / Verlängerung Bewohnerparkausweis');
    assert.equal(definition.declaration, 'Ich versichere, dass meine Angaben richtig und vollständig sind.');
    assert.doesNotThrow(() => formDefinitionSchema.parse(definition));
  });

  it('makes a first page of the top-level fields and one page per top-level group', () => {
    assert.deepEqual(
      definition.pages.map((page) => page.title),
      [
        'Allgemeine Angaben',
        'Angaben zur antragstellenden Person',
        'Angaben zur Antragsstellung',
        'Angaben zum Fahrzeug',
        'Angaben zur Fahrzeughalterin, zum Fahrzeughalter',
      ],
    );
  });

  it('maps a text field with its label, FIM reference, requirement and lengths', () => {
    const familyName = field(definition, 'F05000059');
    assert.equal(familyName.id, 'familienname');
    assert.equal(familyName.label, 'Familienname');
    assert.equal(familyName.type, 'text');
    assert.equal(familyName.required, true);
    assert.deepEqual(familyName.fim, { id: 'F05000059', version: '1.0' });
    assert.equal(familyName.minLength, 1);
    assert.equal(familyName.maxLength, 120);
    const phone = field(definition, 'F05000067');
    assert.equal(phone.required, false, 'Anzahl 0:1 is optional');
    assert.equal(phone.type, 'phone');
    assert.equal(field(definition, 'F05000351').type, 'date');
    assert.equal(field(definition, 'F05001045').type, 'file');
  });

  it('gives unique ids when FIM names repeat', () => {
    const ids = allItems(definition).map((item) => item.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(field(definition, 'F05001243').id, 'familienname2');
  });

  it('takes options from the genericode lists: radio buttons for few, a list for many', () => {
    const holder = field(definition, 'F05001047');
    assert.equal(holder.type, 'radio');
    assert.deepEqual(holder.options, [
      { value: '01', label: 'Das Fahrzeug ist auf meinen Namen zugelassen.' },
      { value: '02', label: 'Das Fahrzeug ist auf einen anderen Halter zugelassen.' },
    ]);
    const country = field(definition, 'F05000523');
    assert.equal(country.type, 'select');
    assert.deepEqual(country.options?.[0], { value: '000', label: 'Deutschland' });
    assert.ok((country.options?.length ?? 0) > 150);
  });

  it('keeps nested groups as groups and makes fields of optional groups optional, saying so', () => {
    const street = byFimId(definition, 'G05000428') as GroupDef;
    assert.equal(street.kind, 'group');
    assert.deepEqual(
      street.fields.map((item) => item.fim?.id),
      ['F00000053', 'F00000016', 'F00000084'],
    );
    const existingPermit = byFimId(definition, 'G05000599') as GroupDef;
    assert.equal(
      existingPermit.fields.every((item) => !item.required),
      true,
    );
    assert.ok(result.unsupported.some((line) => line.startsWith('G05000599') && /optional \(Anzahl 0:1\)/.test(line)));
  });

  it('lists the free-text rules as open rules with the fields they name', () => {
    const rule = definition.openRules.find((open) => open.fimId === 'R05000281');
    assert.ok(rule);
    assert.match(rule.text, /^Wenn bei F05001047 "02 Das Fahrzeug ist auf einen anderen Halter zugelassen\."/);
    assert.deepEqual(rule.appliesTo, [field(definition, 'F05001047').id, 'angabenZurFahrzeughalterinZumFahrzeughalter']);
    assert.deepEqual(
      definition.openRules.map((open) => open.fimId),
      ['R05000281', 'R05000334'],
    );
    assert.ok(result.unsupported.some((line) => line.startsWith('R05000334 „Verlängerung“: Regel (Freitext)')));
  });

  it('reports a repeating field, and an id that is no FIM id, instead of dropping them', () => {
    assert.ok(result.unsupported.some((line) => line.startsWith('F05000060 „Vorname“') && /Anzahl 1:\*/.test(line)));
    assert.ok(result.unsupported.some((line) => line.startsWith('F00-4cb0dd14-629c-4661-9435-4e9eadc43e07') && /keine gültige FIM-ID/.test(line)));
    const consent = definition.pages[0]!.items[0] as FieldDef;
    assert.equal(consent.label, 'Einwilligung zur Verarbeitung personenbezogener Daten');
    assert.equal(consent.fim, undefined);
  });

  it('without the code lists, turns select fields into text fields and names the missing list', () => {
    const bare = importFimFile(fixture(PARKING_XDF2));
    const holder = field(bare.definition, 'F05001047');
    assert.equal(holder.type, 'text');
    assert.equal(holder.options, undefined);
    assert.ok(bare.unsupported.some((line) => line.startsWith('F05001047') && line.includes('„Halterdaten_0.1“ (C05000103) liegt nicht vor')));
  });
});

describe('FIM import: the same schema converted to XDatenfelder 3.0.0', () => {
  const result = importFimFile(fixture(PARKING_XDF3));

  it('reads inline value lists, attribute precision and 12-digit ids', () => {
    assert.equal(result.schema.standard, 'xdf3');
    assert.equal(result.schema.id, 'S05000000058');
    const holder = field(result.definition, 'F05000001047');
    assert.equal(holder.type, 'radio');
    assert.deepEqual(
      holder.options?.map((option) => option.value),
      ['01', '02'],
    );
    const postcode = field(result.definition, 'F00000000054');
    assert.equal(postcode.minLength, 5);
    assert.equal(postcode.maxLength, 5);
    assert.equal(postcode.pattern, '([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}');
    assert.deepEqual(
      result.definition.openRules.map((open) => open.fimId),
      ['R05000000281', 'R05000000334'],
    );
  });

  it('maps to the same pages as the 2.0 original', () => {
    const original = importFimFile(fixture(PARKING_XDF2), parkingCodeLists());
    assert.deepEqual(
      result.definition.pages.map((page) => page.items.length),
      original.definition.pages.map((page) => page.items.length),
    );
  });
});

describe('FIM import: Gewerbeanmeldung (large real 2.0 schema)', () => {
  const result = importFimFile(fixture(TRADE_XDF2));

  it('makes repeating groups with their Anzahl as min/max and flattens deeper repeats with a remark', () => {
    const owners = byFimId(result.definition, 'G00000091') as GroupDef;
    assert.deepEqual(owners.repeat, { min: 1, max: 50, itemLabel: 'Angaben zum Betriebsinhaber' });
    const permits = byFimId(result.definition, 'G00000097') as GroupDef;
    assert.equal(permits.repeat?.min, 0);
    assert.ok(result.unsupported.some((line) => line.startsWith('G00000247') && /verschachtelte Wiederholungen/.test(line)));
  });

  it('maps numbers and yes/no fields, and reads a `1..31` range', () => {
    const day = field(result.definition, 'F00000440');
    assert.equal(day.type, 'number');
    assert.equal(day.decimals, 0);
    assert.equal(day.min, 1);
    assert.equal(day.max, 31);
    const yesNo = allItems(result.definition).find((item): item is FieldDef => item.kind === 'field' && item.options?.[0]?.label === 'Ja');
    assert.ok(yesNo, 'a bool field became a Ja/Nein choice');
  });

  it('reports every missing code list once', () => {
    const missing = result.unsupported.filter((line) => line.startsWith('F00000065'));
    assert.equal(missing.length, 1);
    assert.ok(result.definition.pages.length >= 4);
  });
});

describe('FIM import: lenient parser fixtures', () => {
  it('imports a 2.0 field rule as an open rule on that field', () => {
    const { definition, unsupported } = importFimFile(fixture(join(FIM_FIXTURES, 'lenient/v2-data-field-rule.xml')));
    assert.deepEqual(definition.openRules, [{ fimId: 'R60000037', name: 'MindestEineAngabe', text: 'Eine Definition', appliesTo: ['hinweis'] }]);
    assert.ok(unsupported.some((line) => line.startsWith('F123') && /keine gültige FIM-ID/.test(line)));
  });

  it('imports a 3.0.0 Datenfeldgruppe message as a form of one page, with the script rule listed', () => {
    const { definition, schema, unsupported } = importFimFile(fixture(join(FIM_FIXTURES, 'lenient/v3-simple.xml')));
    assert.equal(schema.id, 'G60000000088');
    assert.equal(definition.pages.length, 1);
    assert.equal(definition.pages[0]!.title, 'Anschrift in Deutschland');
    assert.ok(unsupported.some((line) => line.startsWith('R60000000019') && /\(Skript\)/.test(line)));
  });

  it('refuses a schema without data fields', () => {
    rejects(fixture(join(FIM_FIXTURES, 'lenient/v2-minimal.xml')), /enthält keine Datenfelder/);
  });
});

describe('FIM import: files that are not a Stammdatenschema', () => {
  it('refuses an HTML page', () => {
    rejects(
      '<!DOCTYPE html>\n<html lang="de"><head><title>Formular</title></head><body><p>Hallo</p></body></html>',
      /Stammdatenschema.*Die Datei ist eine HTML-Seite/,
    );
    rejects('<!doctype html><html><head><meta charset="utf-8"><title>Formular</title></head><body><p>Hallo<br></body></html>', /Die Datei ist eine HTML-Seite/);
  });

  it('refuses truncated XML with the line of the error', () => {
    const truncated = fixture(PARKING_XDF2).subarray(0, 20_000);
    rejects(truncated, /kein gültiges XML \(Fehler in Zeile \d+/);
  });

  it('refuses an XSD', () => {
    rejects(fixture(join(FIM_FIXTURES, 'not-a-schema/xdatenfelder.xsd')), /XML-Schema-Definition \(XSD\)/);
  });

  it('refuses a genericode list and says how to use it', () => {
    rejects(
      fixture(join(FIM_FIXTURES, 'bewohnerparkausweis-xdf2/C05000103_genericode.xml')),
      /Codeliste \(genericode\); laden Sie sie zusammen mit dem Stammdatenschema/,
    );
  });

  it('refuses plain text and entity declarations', () => {
    rejects('Familienname;Vorname', /keine XML-Datei/);
    rejects('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>', /Entity-Deklarationen/);
  });

  it('refuses an XDatenfelder message of another type, naming it', () => {
    rejects('<x:xdatenfelder.datenfeld.0104 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_2"/>', /die XDatenfelder-Nachricht „xdatenfelder\.datenfeld\.0104“/);
  });
});
