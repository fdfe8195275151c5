import { flashBinding, FormFlashes } from './form-flash';

const FLASH = {
  form: { values: { note: 'Vi talte om det på personalemødet' }, errors: { passedOnAt: { da: 'Skriv', en: 'Write' } } },
};

describe('a form flash', () => {
  it('opens on the page and in the session it was sealed for, with what was typed and the errors', () => {
    const flashes = new FormFlashes('secret');
    const sealed = flashes.seal(FLASH, flashBinding('/leder/cykler/c-1', 'csrf-a'))!;
    expect(sealed).not.toContain('personalemødet');
    expect(flashes.open(sealed, flashBinding('/leder/cykler/c-1?x=1', 'csrf-a'))).toEqual(FLASH);
  });

  it('does not open on another page, in another session, with another secret, or once expired', () => {
    let now = 1_000;
    const flashes = new FormFlashes('secret', () => now);
    const sealed = flashes.seal(FLASH, flashBinding('/a', 'csrf-a'))!;
    expect(flashes.open(sealed, flashBinding('/b', 'csrf-a'))).toBeUndefined();
    expect(flashes.open(sealed, flashBinding('/a', 'csrf-b'))).toBeUndefined();
    expect(new FormFlashes('other', () => now).open(sealed, flashBinding('/a', 'csrf-a'))).toBeUndefined();
    now += 121_000;
    expect(flashes.open(sealed, flashBinding('/a', 'csrf-a'))).toBeUndefined();
  });

  it('is not sealed when it would not fit in a cookie', () => {
    const random = Array.from({ length: 4_000 }, (_, index) => ((index * 7919) % 65_521).toString(36)).join('');
    const large = { form: { values: { summaryText: random }, errors: {} } };
    expect(new FormFlashes('secret').seal(large, flashBinding('/a', undefined))).toBeUndefined();
  });
});
