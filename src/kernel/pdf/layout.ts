/** A4 in PDF points, and the measures of a DIN 5008 letter (form B) in points. */
const MM = 72 / 25.4;
export const mm = (value: number): number => value * MM;

export const PAGE = {
  size: 'A4' as const,
  margins: { top: mm(20), bottom: mm(25), left: mm(25), right: mm(20) },
};

/** The address window of a window envelope (DIN 5008 form B: 45 mm from the top, 20 mm from the left). */
export const WINDOW = { x: mm(20), y: mm(45), width: mm(85), height: mm(45) };
/** The information block (date, reference) right of the window. */
export const INFO = { x: mm(125), y: mm(50), width: mm(65) };
/** Where the letter text begins, below window and information block. */
export const BODY_TOP = mm(100);

export const SIZES = { body: 11, small: 8, footer: 8, h1: 18, h2: 14, h3: 12 } as const;
