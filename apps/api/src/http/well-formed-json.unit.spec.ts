import { refuseLoneSurrogates } from './well-formed-json';

describe('refuseLoneSurrogates (the JSON body reviver)', () => {
  const parse = (text: string): unknown => JSON.parse(text, refuseLoneSurrogates);

  it('lets well-formed text through, surrogate pairs (emoji) and Danish letters included', () => {
    expect(parse('{"theme":"Trivsel 🌱 på Ærø","tags":["æøå"]}')).toEqual({
      theme: 'Trivsel 🌱 på Ærø',
      tags: ['æøå'],
    });
  });

  it.each([
    ['a lone high surrogate in a value', '{"theme":"Triv\\ud800sel"}', /Feltet theme .*The field theme contains/],
    ['a lone low surrogate in a nested value', '{"items":[{"title":"\\udc00"}]}', /The field title contains/],
    ['a surrogate pair in the wrong order', '{"note":"\\udc00\\ud800"}', /The field note contains/],
    ['a lone surrogate in a key', '{"th\\ud800eme":"x"}', /The field th\ufffdeme contains/],
    ['a lone surrogate as the whole body', '"\\ud800"', /The body contains/],
  ])('refuses %s, naming where', (_title, text, message) => {
    expect(() => parse(text)).toThrow(message);
  });
});
