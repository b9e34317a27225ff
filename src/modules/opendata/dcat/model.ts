/**
 * The catalogue as DCAT-AP.de sees it, in plain values: what the export needs and nothing from the
 * database. The module maps its rows into these shapes; graph.ts turns them into RDF. Every URI here
 * is absolute and stable (uris.ts builds ours), because other catalogues (GovData, data.europa.eu)
 * keep them as identifiers; links from outside go in as `new URL(link).href` gives them, so they are
 * valid IRIs in every format. No personal data: contact points are functional mailboxes.
 */
import type { FormatCode } from '../vocabularies/formats';
import type { FrequencyCode } from '../vocabularies/frequencies';
import type { ThemeCode } from '../vocabularies/themes';

/** An organisation that publishes (`dct:publisher`, a `foaf:Organization`). */
export interface DcatAgent {
  uri: string;
  name: string;
  homepage?: string;
}

/** Where to ask about a dataset (`dcat:contactPoint`, a `vcard:Organization`): a team's mailbox, never a person's. */
export interface DcatContactPoint {
  name: string;
  email: string;
  url?: string;
}

/** The administrative level a dataset covers (dcat-ap.de politicalGeocoding/Level). */
export type GeocodingLevel = 'federal' | 'state' | 'administrativeDistrict' | 'district' | 'municipality';

/**
 * The area covered, by the official 12-digit Regionalschlüssel (ARS): Land (2) + Regierungsbezirk (1)
 * + Kreis (2) + Gemeindeverband (4) + Gemeinde (3). The level says which part of it counts.
 */
export interface DcatSpatial {
  regionalKey: string;
  level: GeocodingLevel;
  /** The area's name, e.g. "Iserlohn". */
  label: string;
}

/** A period of time, as calendar dates `YYYY-MM-DD`; one end may be open. */
export interface DcatTemporal {
  start?: string;
  end?: string;
}

export interface DcatChecksum {
  algorithm: 'sha256' | 'sha1' | 'md5';
  /** Lower-case hex digits. */
  value: string;
}

/** One way to get the data (`dcat:Distribution`): a file or an access point. */
export interface DcatDistribution {
  /** `distributionUri()` of uris.ts: the checksum node is named after it. */
  uri: string;
  title: string;
  description?: string;
  format: FormatCode;
  /** IANA media type, e.g. `text/csv`. */
  mediaType: string;
  byteSize?: number;
  checksum?: DcatChecksum;
  /** A dcat-ap.de licence id (vocabularies/licenses.ts), e.g. `dl-by-de/2.0`. */
  licenseId: string;
  /** The text users must cite (`dcatde:licenseAttributionByText`); GovData requires it for licences with attribution. */
  licenseAttributionByText?: string;
  accessUrl: string;
  /** Set when the file itself can be downloaded (then usually the same as accessUrl). */
  downloadUrl?: string;
  issued?: Date;
  modified?: Date;
}

export interface DcatDataset {
  uri: string;
  /** The CKAN name (lower case with hyphens), also `dct:identifier`. */
  name: string;
  landingPage: string;
  title: string;
  description: string;
  keywords: string[];
  themes: ThemeCode[];
  publisher: DcatAgent;
  contactPoint: DcatContactPoint;
  /** dcat-ap.de contributor ids (`http://dcat-ap.de/def/contributors/…`): who delivers to GovData, e.g. openNRW. */
  contributorIds: string[];
  temporal?: DcatTemporal;
  spatial: DcatSpatial;
  frequency?: FrequencyCode;
  issued: Date;
  modified: Date;
  /** Free text: the law that opens access to the data (`dcatde:legalBasis`), e.g. "Informationsfreiheitsgesetz NRW". */
  legalBasis?: string;
  /** URI of a standard the data conforms to (`dct:conformsTo`). */
  conformsTo?: string;
  version?: string;
  distributions: DcatDistribution[];
}

/** What a catalogue page's head says about each of its datasets: its link, publisher and location. */
export type DcatEntry = Pick<DcatDataset, 'uri' | 'publisher' | 'spatial'>;

/** The catalogue itself (`dcat:Catalog`): the municipality's open-data portal. */
export interface DcatCatalog {
  uri: string;
  title: string;
  description: string;
  publisher: DcatAgent;
  homepage: string;
  /** Code in the EU language table (http://publications.europa.eu/resource/authority/language), e.g. `DEU`. */
  language: string;
  modified: Date;
  spatial: DcatSpatial;
}
