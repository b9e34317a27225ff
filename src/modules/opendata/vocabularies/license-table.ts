/**
 * The rows of the dcat-ap.de licence table, after ckanext-dcatde's dcat_license_mapping.json (checked
 * against it in vocabularies.test.ts), and what the common licences allow in plain German.
 */

// id, Lizenzcode, old OGD code, open, attribution, title, text
export type LicenseRow = [string, string, string, boolean, boolean, string, string | null];
// One licence per line: the table reads as the official one does.
// prettier-ignore
export const LICENSE_ROWS: LicenseRow[] = [
  ['apache', 'apache', 'apache', true, false, 'Freie Softwarelizenz der Apache Software Foundation', 'http://www.apache.org/licenses'],
  ['bsd', 'bsdlicense', 'bsd-license', true, false, 'BSD Lizenz', 'http://www.opensource.org/licenses/bsd-license.php'],
  ['cc-by', 'cc-by', 'cc-by', true, true, 'Creative Commons Namensnennung (CC-BY)', 'http://www.opendefinition.org/licenses/cc-by'],
  ['cc-by/4.0', 'cc-by/4.0', 'cc-by-4.0', true, true, 'Creative Commons Namensnennung – 4.0 International (CC BY 4.0)', 'http://creativecommons.org/licenses/by/4.0/'],
  ['cc-by-de/3.0', 'cc-by-de/3.0', 'cc-by-3.0', true, true, 'Creative Commons Namensnennung 3.0 Deutschland (CC BY 3.0 DE)', 'https://creativecommons.org/licenses/by/3.0/de/'],
  ['cc-by-nc', 'cc-by-nc', 'cc-nc', false, true, 'Creative Commons Namensnennung - Nicht kommerziell (CC BY-NC)', 'http://creativecommons.org/licenses/by-nc/'],
  ['cc-by-nc-de/3.0', 'cc-by-nc/3.0', 'cc-nc-3.0', false, true, 'Creative Commons Namensnennung-Nicht kommerziell 3.0 Deutschland (CC BY-NC 3.0 DE)', 'https://creativecommons.org/licenses/by-nc/3.0/de/'],
  ['cc-by-nc/4.0', 'cc-by-nc/4.0', 'cc-by-nc-4.0', false, true, 'Creative Commons Namensnennung - Nicht kommerziell 4.0 International (CC BY-NC 4.0)', 'http://creativecommons.org/licenses/by-nc/4.0/'],
  ['cc-by-nd', 'cc-by-nd', 'cc-by-nd', false, true, 'Creative Commons Namensnennung - Keine Bearbeitung (CC BY-ND)', 'http://creativecommons.org/licenses/by-nd/3.0/'],
  ['cc-by-nd/3.0', 'cc-by-nd/3.0', 'cc-by-nd-3.0', false, true, 'Creative Commons Namensnennung -- Keine Bearbeitung 3.0 Unported (CC BY-ND 3.0)', 'http://creativecommons.org/licenses/by-nd/3.0/'],
  ['cc-by-nd/4.0', 'cc-by-nd/4.0', 'cc-by-nd-4.0', false, true, 'Creative Commons Namensnennung - - Keine Bearbeitung 4.0 International (CC BY-ND 4.0)', 'https://creativecommons.org/licenses/by-nd/4.0/'],
  ['cc-by-sa', 'cc-by-sa', 'cc-by-sa', true, true, 'Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen (CC-BY-SA)', 'http://www.opendefinition.org/licenses/cc-by-sa'],
  ['cc-by-sa/4.0', 'cc-by-sa/4.0', 'cc-by-sa-4.0', true, true, 'Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 4.0 International (CC-BY-SA 4.0)', 'http://creativecommons.org/licenses/by-sa/4.0/'],
  ['ccpdm/1.0', 'ccpdm/1.0', 'cc-pdm-1.0', true, false, 'Public Domain Mark 1.0 (PDM)', 'http://creativecommons.org/publicdomain/mark/1.0/'],
  ['cc-zero', 'cc-zero', 'cc-zero', true, false, 'Creative Commons CC Zero License (cc-zero)', 'http://www.opendefinition.org/licenses/cc-zero'],
  ['dl-by-de/1.0', 'dl-by-de/1.0', 'dl-de-by-1.0', true, true, 'Datenlizenz Deutschland Namensnennung 1.0', 'https://www.govdata.de/dl-de/by-1-0'],
  ['dl-by-de/2.0', 'dl-by-de/2.0', 'dl-de-by-2.0', true, true, 'Datenlizenz Deutschland Namensnennung 2.0', 'https://www.govdata.de/dl-de/by-2-0'],
  ['dl-by-nc-de/1.0', 'dl-by-nc-de/1.0', 'dl-de-by-nc-1.0', false, true, 'Datenlizenz Deutschland Namensnennung nicht-kommerziell 1.0', 'https://www.govdata.de/dl-de/by-nc-1-0'],
  ['dl-zero-de/2.0', 'dl-zero-de/2.0', 'dl-de-zero-2.0', true, false, 'Datenlizenz Deutschland – Zero – Version 2.0', 'https://www.govdata.de/dl-de/zero-2-0'],
  ['geonutz/20130319', 'geoNutz/20130319', 'geonutzv-de-2013-03-19', true, true, 'Nutzungsbestimmungen für die Bereitstellung von Geodaten des Bundes', 'http://www.geodatenzentrum.de/docpdf/geonutzv.pdf'],
  ['geoNutz/20131001', 'geoNutz/20131001', 'geonutz-be-2013-10-01', true, true, 'Nutzungsbestimmungen für die Bereitstellung von Geodaten des Landes Berlin', 'http://www.stadtentwicklung.berlin.de/geoinformation/download/nutzIII.pdf'],
  ['gfdl', 'gfdl', 'gfdl', true, false, 'GNU Free Documentation License (GFDL)', 'http://www.opendefinition.org/licenses/gfdl'],
  ['gpl/3.0', 'gpl/3.0', 'gpl-3.0', true, false, 'GNU General Public License version 3.0 (GPLv3)', 'http://www.opensource.org/licenses/gpl-3.0.html'],
  ['mozilla', 'mozilla', 'mozilla', true, false, 'Mozilla Public License 2.0 (MPL)', 'http://www.mozilla.org/MPL'],
  ['odbl', 'odbl', 'odc-odbl', true, true, 'Open Data Commons Open Database License (ODbL)', 'http://www.opendefinition.org/licenses/odc-odbl'],
  ['odby', 'odby', 'odc-by', true, true, 'Open Data Commons Attribution License (ODC-BY 1.0)', 'http://www.opendefinition.org/licenses/odc-by'],
  ['odcpddl', 'odcpddl', 'odc-pddl', true, false, 'Open Data Commons Public Domain Dedication and Licence (ODC PDDL)', 'http://www.opendefinition.org/licenses/odc-pddl'],
  ['officialWork', 'officialWork', 'official-work', true, false, 'Amtliches Werk, lizenzfrei nach §5 Abs. 1 UrhG', 'http://www.gesetze-im-internet.de/urhg/__5.html'],
  ['other-closed', 'other-closed', 'other-closed', false, false, 'Andere geschlossene Lizenz', null],
  ['other-commercial', 'other-commercial', 'app_commercial', false, false, 'Andere kommerzielle Lizenz', null],
  ['other-freeware', 'other-freeware', 'app_freeware', false, false, 'Andere Freeware Lizenz', null],
  ['other-open', 'other-open', 'other-open', true, false, 'Andere offene Lizenz', null],
  ['other-opensource', 'other-opensource', 'app_opensource', true, false, 'Andere Open Source Lizenz', null],
];

const COMMERCIAL_AND_CHANGES = 'Sie dürfen die Daten nutzen, verändern und weitergeben, auch für kommerzielle Zwecke';
export const EXPLANATIONS: Record<string, string> = {
  'dl-by-de/2.0': `${COMMERCIAL_AND_CHANGES}. Sie müssen dabei die Quelle nennen, so wie es beim Datensatz angegeben ist.`,
  'dl-zero-de/2.0': `${COMMERCIAL_AND_CHANGES}, ohne jede Bedingung. Eine Quellenangabe ist nicht nötig.`,
  'cc-by/4.0': `${COMMERCIAL_AND_CHANGES}. Sie müssen die Quelle nennen und angeben, ob Sie etwas verändert haben.`,
  'cc-zero': 'Die Rechteinhaber verzichten auf alle Rechte. Sie dürfen die Daten ohne jede Bedingung nutzen, verändern und weitergeben.',
  'cc-by-sa/4.0': `${COMMERCIAL_AND_CHANGES}. Sie müssen die Quelle nennen und veränderte Fassungen unter derselben Lizenz weitergeben.`,
  'cc-by-nc/4.0':
    'Sie dürfen die Daten nutzen, verändern und weitergeben, aber nicht kommerziell: nicht, um damit Geld zu verdienen, auch nicht als Teil eines bezahlten Angebots. Sie müssen die Quelle nennen. Wegen dieser Einschränkung gelten die Daten nicht als offene Daten.',
  'dl-by-nc-de/1.0':
    'Sie dürfen die Daten nutzen, verändern und weitergeben, aber nicht kommerziell: nicht, um damit Geld zu verdienen. Sie müssen die Quelle nennen. Wegen dieser Einschränkung gelten die Daten nicht als offene Daten.',
  odbl: `${COMMERCIAL_AND_CHANGES}. Sie müssen die Quelle nennen und eine veränderte Datenbank unter derselben Lizenz weitergeben.`,
  officialWork: 'Ein amtliches Werk ist nach § 5 Urheberrechtsgesetz nicht geschützt. Sie dürfen es ohne Bedingungen nutzen.',
  'other-open': 'Eine andere offene Lizenz: Sie dürfen die Daten frei nutzen. Welche Bedingungen gelten, steht in der Beschreibung des Datensatzes.',
  'other-closed': 'Die Nutzung ist eingeschränkt. Welche Bedingungen gelten, steht in der Beschreibung des Datensatzes.',
};
