/**
 * SHACL validation against DCAT-AP.de 3.0, composed as the official GovData validator composes it
 * (tests/fixtures/dcat-ap/SOURCES.md): the EU DCAT-AP 3.0.0 shapes, then the German files that
 * annotate, tighten or switch off the EU shapes by their IRIs, and the controlled-vocabulary shapes.
 * The shapes are parsed once per process; each validation builds a fresh data graph from the quads
 * under test plus the vocabularies the shapes look into (FOAF/vCard/ORG so that `sh:class` sees
 * `vcard:Organization ⊑ vcard:Kind`, the dcat-ap.de licences and contributor ids).
 *
 * The official imports file pulls the EU Publications Office tables over the network; they are not
 * here, so the shapes that need them are switched off (`UNCHECKED_OFFLINE`) instead of reporting
 * every code as unknown. The test that uses this helper checks the namespaces of those values itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory, Parser, Store, type Quad } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import SHACLValidator from 'rdf-validate-shacl';
import { PROJECT_ROOT } from '../../src/kernel/config';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/dcat-ap');
const SHAPE_FILES = [
  'shacl-eu-3.0.0/dcat-ap-SHACL.ttl',
  'shacl-de-3.0/dcat-ap-SHACL-DE.ttl',
  'shacl-de-3.0/dcat-ap-de-deprecated.ttl',
  'shacl-de-3.0/dcat-ap-spec-german-additions.ttl',
  'shacl-de-3.0/dcat-ap-de-controlledvocabularies.ttl',
];
const VOCABULARY_FILES = [
  'vocabularies/foaf_0_1.rdf',
  'vocabularies/vcard.ttl',
  'vocabularies/org.ttl',
  'vocabularies/dcat-ap-de-licenses-open.rdf',
  'vocabularies/dcat-ap-de-contributors.rdf',
];

const DE_SHAPES = 'http://dcat-ap.de/def/dcatde/3.0/shacl/';
const SH = 'http://www.w3.org/ns/shacl#';

/** Shapes of dcat-ap-de-controlledvocabularies.ttl that need a vocabulary table not available offline, by the table they need. */
export const UNCHECKED_OFFLINE: Readonly<Record<string, string>> = {
  'katalog-sprache_Violation_List': 'EU language',
  'katalog-verfugbarkeit_Violation_List': 'EU planned-availability',
  'datensatz-sprache_Violation_List': 'EU language',
  'datensatz-ebene-geopolitischen-abdeckung_Warning_List': 'dcat-ap.de politicalGeocoding/Level',
  'datensatz-verfugbarkeit_Violation_List': 'EU planned-availability',
  'datensatz-aktualisierungsfrequenz_Violation_List': 'EU frequency',
  'datensatz-typ_Warning_List': 'EU dataset-type',
  'datensatz-kategorie_Violation_List': 'EU data-theme',
  'datensatz-grad-zuganglichkeit_Violation_List': 'EU access-right',
  'datenservice-verfugbarkeit_Violation_List': 'EU planned-availability',
  'datenservice-grad-zuganglichkeit_Violation_List': 'EU access-right',
  'datenservice-format_Violation_List': 'EU file-type',
  'datensatzserie-aktualisierungsfrequenz_Violation_List': 'EU frequency',
  'distribution-sprache_Violation_List': 'EU language',
  'distribution-verfugbarkeit_Violation_List': 'EU planned-availability',
  'distribution-format_Violation_List': 'EU file-type',
  'distribution-status_Violation_List': 'EU distribution-status',
  'verantwortliche-stelle-typ_Violation_List': 'ADMS publisher type',
  'prufsumme-algorithmus_Warning_List': 'SPDX ontology (spdx:ChecksumAlgorithm)',
  'katalogeintrag-sprache_Violation_List': 'EU language',
};

export interface ShaclFinding {
  severity: 'Violation' | 'Warning' | 'Info';
  message: string;
  focusNode: string;
  path: string;
}

export interface ShaclResult {
  violations: ShaclFinding[];
  warnings: ShaclFinding[];
}

export function parseTurtle(text: string, baseIRI?: string): Quad[] {
  return new Parser({ baseIRI }).parse(text);
}

export function parseRdfXml(text: string, baseIRI?: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI, dataFactory: DataFactory });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.end(text);
  });
}

function readGraph(file: string): Promise<Quad[]> {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  return file.endsWith('.rdf') ? parseRdfXml(text, 'http://example.invalid/') : Promise.resolve(parseTurtle(text));
}

async function loadShapes(): Promise<Store> {
  const shapes = new Store();
  for (const file of SHAPE_FILES) {
    shapes.addQuads(await readGraph(file));
  }
  for (const name of Object.keys(UNCHECKED_OFFLINE)) {
    const shape = DataFactory.namedNode(DE_SHAPES + name);
    if (shapes.countQuads(shape, null, null, null) === 0) {
      throw new Error(`The shape ${name} is not in the DCAT-AP.de files: update UNCHECKED_OFFLINE`);
    }
    shapes.addQuad(
      shape,
      DataFactory.namedNode(`${SH}deactivated`),
      DataFactory.literal('true', DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#boolean')),
    );
  }
  return shapes;
}

async function loadVocabularies(): Promise<Quad[]> {
  return (await Promise.all(VOCABULARY_FILES.map(readGraph))).flat();
}

let prepared: Promise<{ validator: SHACLValidator; vocabularies: Quad[] }> | undefined;

function prepare(): Promise<{ validator: SHACLValidator; vocabularies: Quad[] }> {
  prepared ??= Promise.all([loadShapes(), loadVocabularies()]).then(([shapes, vocabularies]) => ({ validator: new SHACLValidator(shapes), vocabularies }));
  return prepared;
}

function text(term: { value: string } | undefined | null): string {
  return term?.value ?? '';
}

/** Validates the quads (one document of our export) against DCAT-AP.de 3.0; Info results are dropped. */
export async function validateDcatAp(quads: Quad[]): Promise<ShaclResult> {
  const { validator, vocabularies } = await prepare();
  const data = new Store([...vocabularies, ...quads]);
  const report = await validator.validate(data);
  const findings = report.results.map((result): ShaclFinding => ({
    severity: text(result.severity).replace(SH, '') as ShaclFinding['severity'],
    message: result.message.map(text).join(' / '),
    focusNode: text(result.focusNode),
    path: text(result.path),
  }));
  return {
    violations: findings.filter((finding) => finding.severity === 'Violation'),
    warnings: findings.filter((finding) => finding.severity === 'Warning'),
  };
}
