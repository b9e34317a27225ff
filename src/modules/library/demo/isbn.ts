/** ISBN-13 check digit: weights 1 and 3 alternating over the first twelve digits (ISO 2108). */
export function isbn13CheckDigit(first12: string): number {
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
}

/** A German-group ISBN-13 (978-3-…) from a publisher prefix and a title number, hyphenated as printed. */
export function germanIsbn13(publisher: number, title: number): string {
  const publisherPart = String(publisher).padStart(4, '0');
  const titlePart = String(title % 10000).padStart(4, '0');
  const first12 = `9783${publisherPart}${titlePart}`;
  return `978-3-${publisherPart}-${titlePart}-${isbn13CheckDigit(first12)}`;
}
