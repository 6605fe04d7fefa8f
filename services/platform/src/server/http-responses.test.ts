import { describe, expect, it } from 'vitest';
import { contentDisposition } from './http-responses.ts';

describe('contentDisposition', () => {
  it('always says attachment, with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('läkarintyg.pdf')).toBe(`attachment; filename="lakarintyg.pdf"; filename*=UTF-8''l%C3%A4karintyg.pdf`);
    expect(contentDisposition('a"b;c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%3Bc.pdf`);
    expect(contentDisposition('شهادة.pdf')).toMatch(/^attachment; filename="\.pdf"; filename\*=UTF-8''%D8%B4/);
  });

  it('names the file by the fallback when nothing of its name is ASCII', () => {
    expect(contentDisposition('شهادة', 'bilaga')).toMatch(/^attachment; filename="bilaga"; filename\*=UTF-8''%D8%B4/);
  });
});
