import { licenseById } from '../vocabularies/licenses';

/** The licence in plain words: what may be done with the data and what it asks in return. */
export function LicenseSection({ licenseId }: { licenseId: string }) {
  const license = licenseById(licenseId);
  return (
    <section aria-labelledby="lizenz">
      <h2 id="lizenz">Was Sie mit den Daten tun dürfen</h2>
      <p>Lizenz: {license?.textUrl ? <a href={license.textUrl}>{license.title}</a> : (license?.title ?? licenseId)}</p>
      {license?.explanation && <p>{license.explanation}</p>}
      {license && !license.open && <p>Diese Lizenz ist keine offene Lizenz: Lesen Sie ihre Bedingungen, bevor Sie die Daten weitergeben.</p>}
    </section>
  );
}

interface CitationProps {
  organization: string;
  title: string;
  year: number;
  licenseId: string;
  url: string;
}

/** "How to cite": the attribution a licence with Namensnennung asks for, ready to copy. */
export function CitationSection({ organization, title, year, licenseId, url }: CitationProps) {
  const license = licenseById(licenseId);
  const citation = `${organization} (${year}): ${title}. Lizenz: ${license?.title ?? licenseId}. ${url}`;
  return (
    <section aria-labelledby="zitieren">
      <h2 id="zitieren">So nennen Sie die Quelle</h2>
      <p>
        {license?.attribution
          ? 'Die Lizenz verlangt, dass Sie die Quelle nennen, zum Beispiel so:'
          : 'Die Lizenz verlangt keine Quellenangabe. Wenn Sie die Quelle nennen möchten, zum Beispiel so:'}
      </p>
      <p class="citation">{citation}</p>
    </section>
  );
}
