import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseMobileNumber } from './phone-number';

describe('normaliseMobileNumber', () => {
  const cases: Array<[string, string | null]> = [
    ['0170 1234567', '+491701234567'],
    ['0170/123 45 67', '+491701234567'],
    ['(0170) 1234567', '+491701234567'],
    ['0170-1234567', '+491701234567'],
    ['+49 170 1234567', '+491701234567'],
    ['+49 (0)170 1234567', '+491701234567'],
    ['0049 170 1234567', '+491701234567'],
    ['  01521 2345678 ', '+4915212345678'],
    ['+43 664 1234567', '+436641234567'],
    ['02371 217-0', null],
    ['+49 2371 2170', null],
    ['170 1234567', null],
    ['0170 123', null],
    ['+0170 1234567', null],
    ['0170 1234567 ext 2', null],
    ['+4917012345678901234', null],
    ['', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected ?? 'refused'}`, () => assert.equal(normaliseMobileNumber(input), expected));
  }
});
