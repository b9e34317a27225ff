import type { FormDefinitionInput } from '../definition';
import { address, birthDate, contactPage, contactRule, declaration, DOCUMENT_TYPES, familyName, givenName, TEN_MEGABYTES } from './common';

/** The kinds of dog the Hundesteuersatzung taxes differently, in the terms of the Landeshundegesetz NRW. */
const DOG_CATEGORIES = [
  { value: 'normal', label: 'Keine der folgenden Angaben trifft zu' },
  { value: 'gross', label: 'Großer Hund: mindestens 40 cm Schulterhöhe oder mindestens 20 kg (§ 11 LHundG NRW)' },
  { value: 'rasse', label: 'Hund einer bestimmten Rasse, zum Beispiel Bullmastiff oder Rottweiler (§ 10 LHundG NRW)' },
  { value: 'gefaehrlich', label: 'Gefährlicher Hund, zum Beispiel Pitbull-Terrier oder Staffordshire-Bullterrier (§ 3 LHundG NRW)' },
];

/** Anmeldung of one or more dogs for the Hundesteuer; the tax itself follows by Bescheid, nothing is paid online. */
export const hundesteuerAnmeldung: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Hund zur Hundesteuer anmelden',
  intro:
    'Wer in {{stadt}} einen Hund hält, muss ihn innerhalb von 14 Tagen zur Hundesteuer anmelden, auch wenn der Hund von der Steuer befreit werden kann. Sie können mehrere Hunde mit einem Antrag anmelden. Den Steuerbescheid und die Hundesteuermarke schicken wir Ihnen per Post.',
  pages: [
    {
      id: 'halter',
      title: 'Ihre Angaben',
      hint: 'Geben Sie die Angaben der Person an, die den Hund hält.',
      items: [givenName(), familyName(), birthDate(), address({ hint: 'Die Anschrift in {{stadt}}, an der Sie den Hund halten.' })],
    },
    contactPage(),
    {
      id: 'hunde',
      title: 'Ihre Hunde',
      items: [
        {
          kind: 'group',
          id: 'dogs',
          label: 'Angaben zu Ihren Hunden',
          hint: 'Mit „Weiteren Hund hinzufügen“ können Sie mehrere Hunde angeben.',
          repeat: { min: 1, max: 10, itemLabel: 'Hund', addLabel: 'Weiteren Hund hinzufügen' },
          fields: [
            { kind: 'field', id: 'dogName', type: 'text', label: 'Name des Hundes', required: true, maxLength: 60, width: '20' },
            {
              kind: 'field',
              id: 'breed',
              type: 'text',
              label: 'Rasse',
              hint: 'Bei einem Mischling schreiben Sie „Mischling“ und die Rassen, die Sie erkennen.',
              required: true,
              maxLength: 120,
            },
            {
              kind: 'field',
              id: 'dogBirthDate',
              type: 'date',
              label: 'Wurfdatum',
              hint: 'Wenn Sie den genauen Tag nicht kennen, geben Sie den 1. des Monats an.',
              required: true,
              min: 'today-10950',
              max: 'today',
            },
            {
              kind: 'field',
              id: 'keptSince',
              type: 'date',
              label: 'Seit wann halten Sie den Hund in {{stadt}}?',
              required: true,
              min: 'today-10950',
              max: 'today+30',
            },
            {
              kind: 'field',
              id: 'chipNumber',
              type: 'text',
              label: 'Nummer des Mikrochips (freiwillig)',
              hint: '15 Ziffern, sie steht im Heimtierausweis.',
              pattern: '^[0-9]{15}$',
              patternMessage: 'Geben Sie die Chipnummer mit genau 15 Ziffern an',
              width: '20',
            },
            { kind: 'field', id: 'dogCategory', type: 'radio', label: 'Trifft eine dieser Angaben auf den Hund zu?', required: true, options: DOG_CATEGORIES },
          ],
        },
      ],
    },
    {
      id: 'ermaessigung',
      title: 'Steuerbefreiung oder Steuerermäßigung',
      hint: 'Für manche Hunde zahlen Sie keine oder weniger Hundesteuer. Dafür brauchen wir einen Nachweis.',
      items: [
        {
          kind: 'field',
          id: 'exemption',
          type: 'radio',
          label: 'Beantragen Sie eine Steuerbefreiung oder Steuerermäßigung?',
          required: true,
          options: [
            { value: 'keine', label: 'Nein' },
            { value: 'assistenzhund', label: 'Ja, für einen Blindenführhund oder Assistenzhund eines Menschen mit Behinderung' },
            { value: 'rettungshund', label: 'Ja, eine Ermäßigung für einen geprüften Rettungshund' },
          ],
        },
        {
          kind: 'field',
          id: 'exemptionProof',
          type: 'file',
          label: 'Nachweis',
          hint: 'Zum Beispiel Schwerbehindertenausweis oder Prüfungszeugnis des Rettungshundes. PDF, JPEG oder PNG, höchstens 10 MB je Datei.',
          required: true,
          visibleIf: { field: 'exemption', notEquals: 'keine' },
          accept: DOCUMENT_TYPES,
          maxFileBytes: TEN_MEGABYTES,
          max: 3,
        },
      ],
    },
  ],
  rules: [
    contactRule,
    {
      id: 'keptAfterBirth',
      message: 'Das Datum, seit dem Sie den Hund halten, muss nach dem Wurfdatum liegen',
      fields: ['dogs.keptSince'],
      check: { type: 'dateOrder', first: 'dogs.dogBirthDate', second: 'dogs.keptSince', allowEqual: true },
    },
  ],
  declaration: declaration('Ich melde alle Hunde an, die ich in {{stadt}} halte. Wenn ich einen Hund abgebe oder er stirbt, melde ich ihn ab.'),
};
